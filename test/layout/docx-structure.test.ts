import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocumentDocx, renderProcessingSlipDocx } from '../../src/operations/documents/layout/index.js';
import { renderMinutesDocx } from '../../src/operations/meetings/render-minutes.js';
import { downward, letter, slip, upward } from './fixtures.js';
import { docxPart } from './zip.js';

/** Millimetres to twips, as Word stores page measurements. */
const twips = (mm: number) => Math.round((mm / 25.4) * 1440);
const attr = (xml: string, element: string, name: string): string | undefined => new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
/** The paragraphs of document.xml, each as its XML. */
const paragraphs = (xml: string) => xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
const withText = (xml: string, text: string) => paragraphs(xml).find((p) => p.replace(/<[^>]+>/g, '').includes(text)) ?? '';

describe('条例第九条 公文格式（GB/T 9704-2012）：.docx 的版面、网格、字体与颜色', () => {
  let document: string;
  let styles: string;
  let settings: string;
  let docx: Buffer;

  beforeAll(async () => {
    docx = await renderDocumentDocx(downward);
    document = docxPart(docx, 'word/document.xml');
    styles = docxPart(docx, 'word/styles.xml');
    settings = docxPart(docx, 'word/settings.xml');
  });

  it('A4，天头 37 mm、订口 28 mm，版心 156 × 225 mm', () => {
    expect(attr(document, 'w:pgSz', 'w:w')).toBe(String(twips(210)));
    expect(attr(document, 'w:pgSz', 'w:h')).toBe(String(twips(297)));
    expect(attr(document, 'w:pgMar', 'w:top')).toBe(String(twips(37)));
    expect(attr(document, 'w:pgMar', 'w:left')).toBe(String(twips(28)));
    // Each margin is rounded to a whole twip on its own: the 版心 is 156 × 225 mm to within 2 twips (0.04 mm).
    expect(Math.abs(twips(210) - Number(attr(document, 'w:pgMar', 'w:left')) - Number(attr(document, 'w:pgMar', 'w:right')) - twips(156))).toBeLessThanOrEqual(2);
    expect(Math.abs(twips(297) - Number(attr(document, 'w:pgMar', 'w:top')) - Number(attr(document, 'w:pgMar', 'w:bottom')) - twips(225))).toBeLessThanOrEqual(2);
  });

  it('每页 22 行、每行 28 字：行网格的行距与字距恰好排满版心', () => {
    expect(attr(document, 'w:docGrid', 'w:type')).toBe('lines');
    const pitch = Number(attr(document, 'w:docGrid', 'w:linePitch'));
    const height = twips(225);
    expect(22 * pitch).toBeLessThanOrEqual(height);
    expect(23 * pitch).toBeGreaterThan(height);
    // Every line of the document has that exact pitch by default.
    expect(attr(styles, 'w:spacing', 'w:line')).toBe(String(pitch));
    const size = Number(attr(styles, 'w:sz', 'w:val'));
    expect(size).toBe(32); // 三号
    const spacing = Number(/<w:rPrDefault>[\s\S]*?<w:spacing w:val="(-?\d+)"/.exec(styles)?.[1]);
    const charPitch = size * 10 + spacing;
    const width = twips(156);
    expect(28 * charPitch).toBeLessThanOrEqual(width);
    expect(29 * charPitch).toBeGreaterThan(width);
  });

  it('默认字体为仿宋_GB2312，并写明东亚字体，WPS 与 Word 才会用它', () => {
    expect(attr(styles, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(styles, 'w:lang', 'w:eastAsia')).toBe('zh-CN');
  });

  it('发文机关标志为红色小标宋；红色分隔线在发文字号之下', () => {
    const mark = withText(document, '临淄区人民政府文件');
    expect(attr(mark, 'w:color', 'w:val')).toBe('FF0000');
    expect(attr(mark, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    const number = withText(document, '临政发〔2026〕3号');
    expect(attr(number, 'w:bottom', 'w:color')).toBe('FF0000');
    expect(attr(number, 'w:jc', 'w:val')).toBe('center');
  });

  it('标题二号小标宋居中；层次标题一、黑体，（一）楷体，正文仿宋首行缩进二字', () => {
    const title = withText(document, '关于进一步做好政务服务工作的通知');
    expect(attr(title, 'w:sz', 'w:val')).toBe('44');
    expect(attr(title, 'w:jc', 'w:val')).toBe('center');
    expect(attr(withText(document, '一、总体要求'), 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    expect(attr(withText(document, '（一）提高认识。'), 'w:rFonts', 'w:eastAsia')).toBe('楷体_GB2312');
    const body = withText(document, '为进一步做好全区政务服务工作');
    expect(attr(body, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(Number(attr(body, 'w:ind', 'w:firstLine'))).toBe(2 * 315);
    expect(paragraphs(document).some((p) => /<w:b\/>|<w:b w:val="true"\/>/.test(p))).toBe(false);
  });

  it('页码奇偶页不同（单页居右、双页居左），附件另起一页，版记在附件之后', () => {
    expect(settings).toContain('<w:evenAndOddHeaders');
    expect(document).toContain('w:type="even"');
    expect(document).toMatch(/<w:pageBreakBefore\/>|<w:pageBreakBefore w:val="true"\/>/);
    const text = document.replace(/<[^>]+>/g, '');
    expect(text.indexOf('附件临淄区政务服务事项清单')).toBeGreaterThan(text.indexOf('（此件公开发布）'));
    expect(text.indexOf('抄送：')).toBeGreaterThan(text.indexOf('附件临淄区政务服务事项清单'));
    expect(text).toContain('2026年12月2日印发');
    expect(text).not.toMatch(/2026年0|月0\d日/);
  });

  it('上行文：发文字号与“签发人：”同行，签发人姓名用楷体', async () => {
    const xml = docxPart(await renderDocumentDocx(upward), 'word/document.xml');
    const line = withText(xml, '签发人：');
    expect(line.replace(/<[^>]+>/g, '')).toContain('临政发〔2026〕4号');
    expect(/<w:rFonts[^>]*w:eastAsia="楷体_GB2312"[^>]*\/>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>张明<\/w:t>/.test(line)).toBe(true);
  });

  it('信函式：首页页眉为发文机关标志与红色双线，首页不显示页码', async () => {
    const file = await renderDocumentDocx(letter);
    const xml = docxPart(file, 'word/document.xml');
    expect(xml).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
    const firstFooterId = /<w:footerReference w:type="first" r:id="(rId\d+)"/.exec(xml)?.[1];
    const rels = docxPart(file, 'word/_rels/document.xml.rels');
    const footerFile = new RegExp(`Id="${firstFooterId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${firstFooterId}"`).exec(rels)?.[1];
    const firstFooter = docxPart(file, `word/${footerFile}`);
    expect(firstFooter).not.toContain('PAGE');
    // The lower double rule; which of its lines is the thick one the rendering test measures.
    expect(firstFooter).toMatch(/<w:top w:val="thickThin[^"]*" w:color="FF0000"/);
  });

  it('纪要式：会议纪要同样由这一个排版程序生成（红色标志，出席、请假、列席用黑体）', async () => {
    const xml = docxPart(
      await renderMinutesDocx({
        meeting: { title: '区政府第十二次常务会议纪要', meetingDate: '2026-12-01', place: '第一会议室', minutesNumber: '〔2026〕12号', minutesText: '会议研究了政务服务工作。', delegatedByPersonId: null } as never,
        kindLabel: '区政府常务会议',
        chairName: '王强',
        present: ['王强', '李明'],
        absent: [],
        observers: ['刘洋'],
        decisions: [{ content: '会议原则同意工作方案。', leadUnit: '区行政审批局', coUnits: [], dueOn: '2026-12-31' }],
      }),
      'word/document.xml',
    );
    expect(attr(withText(xml, '区政府常务会议纪要'), 'w:color', 'w:val')).toBe('FF0000');
    expect(attr(withText(xml, '出席：'), 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('2026年12月31日前完成');
    expect(xml).toContain('<w:docGrid');
  });

  it('收文处理笺：一张带边框的表格，载明每一条批示的姓名、日期和代签', async () => {
    const xml = docxPart(await renderProcessingSlipDocx(slip), 'word/document.xml');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('临淄区人民政府办公室收文处理笺');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/<w:insideH w:val="single"/);
    for (const piece of ['收〔2026〕12号', '淄政字〔2026〕45号', '纸质', '拟请王区长阅示', '李明', '2026年12月1日', '赵刚（代孙丽）', '区应急局', '区公安分局、区交通运输局', '2026年12月10日', '2026年12月9日']) {
      expect(text).toContain(piece);
    }
  });
});
