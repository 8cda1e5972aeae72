import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Typography } from 'antd';

export type OneTimePassword = { title: string; loginName: string; displayName: string; password: string };

/**
 * The temporary password the server made up, shown this once: the server keeps only its hash, so once this closes
 * nobody can show it again (a new one needs another reset).
 */
export function OneTimePasswordModal({ shown, onClose }: { shown: OneTimePassword | null; onClose: () => void }) {
  const { message } = App.useApp();

  const copy = async (password: string) => {
    try {
      await navigator.clipboard.writeText(password);
      void message.success('已复制到剪贴板');
    } catch {
      void message.warning('浏览器不允许自动复制，请手动选中密码复制');
    }
  };

  return (
    <Modal
      title={shown?.title}
      open={shown !== null}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下，关闭
        </Button>
      }
    >
      {shown && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Alert
            type="warning"
            showIcon
            title="初始密码只显示这一次"
            description="关闭后无法再次查看。请当面或通过安全渠道告知本人，不要通过短信、微信等明文发送；本人首次登录时须修改密码。"
          />
          <div>
            <Typography.Text type="secondary">
              账号：{shown.displayName}（{shown.loginName}）
            </Typography.Text>
          </div>
          <Space size={12} align="center">
            <Typography.Text
              data-testid="one-time-password"
              style={{ fontSize: 22, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', letterSpacing: 2, userSelect: 'all' }}
            >
              {shown.password}
            </Typography.Text>
            <Button icon={<CopyOutlined />} onClick={() => void copy(shown.password)}>
              复制密码
            </Button>
          </Space>
        </Space>
      )}
    </Modal>
  );
}
