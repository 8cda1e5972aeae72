import { Link } from 'react-router';
import { Breadcrumb, usePageTitle } from '../ui';

export default function AccessibilityPage() {
  usePageTitle('无障碍说明');
  return (
    <>
      <Breadcrumb trail={[{ label: '无障碍说明' }]} />
      <h1>无障碍说明</h1>
      <p>本站按照《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668-2019）和 Web 内容无障碍指南（WCAG）2.1 AA 级建设，方便老年人、残疾人等群体获取政府信息。</p>
      <section aria-labelledby="support-heading">
        <h2 id="support-heading">本站支持</h2>
        <ul>
          <li>大字版：点击页面顶部的“大字版”按钮，文字放大约四分之一、行距加宽；再点击“标准版”恢复。选择保存在本机浏览器中。</li>
          <li>键盘操作：所有功能都可以只用键盘完成；按 Tab 键时，页面第一项是“跳到主要内容”，可直接跳过导航。当前所在位置有明显的框线提示。</li>
          <li>读屏软件：页面分为页头、导航、主要内容和页脚区域，每页有一个主标题；表单的每一项都有文字标签，填写有误时提示会与输入框关联并自动朗读。</li>
          <li>手机浏览：页面随屏幕宽度排版，手机上无需左右滑动。</li>
          <li>颜色：文字与背景的对比度不低于 4.5:1；不单用颜色表达信息。</li>
          <li>浏览器缩放：可使用浏览器自带的放大功能（放大到 200% 时内容仍完整可用）。</li>
          <li>订阅：可通过 <a href="/api/public/feed.atom">Atom</a> 或 <a href="/api/public/feed.rss">RSS</a> 订阅最新公开信息。</li>
        </ul>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">隐私</h2>
        <p>浏览本站无需登录。提交意见、申请或留言前，浏览器会自动完成一次简短的计算以防止恶意批量提交，本站不记录您的 IP 地址，也不使用跟踪访问者的 Cookie。</p>
      </section>
      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">意见反馈</h2>
        <p>
          如在使用中遇到困难，欢迎通过 <Link to="/gk/messages">政民互动</Link> 留言告诉我们。
        </p>
      </section>
    </>
  );
}
