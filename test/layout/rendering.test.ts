import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentLayout } from '../../src/domain/documents/layout.js';
import { docxToPdf, renderDocumentDocx, renderProcessingSlipDocx } from '../../src/operations/documents/layout/index.js';
import { downward, letter, long, minutes, slip, upward, upwardOffice } from './fixtures.js';
import { findRenderer, type Line, type Probe, probe, pt } from './pdf-probe.js';

/**
 * The layout as printed: each document is rendered to .docx, converted by LibreOffice and read back with poppler,
 * and every measurement of GB/T 9704-2012 is checked on the PDF's text positions and pixels.
 */
const renderer = await findRenderer();
if (!renderer) {
  const reason = 'LibreOffice (soffice) or poppler (pdfinfo, pdftotext, pdftoppm) is missing; install libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils';
  if (process.env.CI) throw new Error(`CI requires the GB/T 9704 rendering tests: ${reason}`);
  console.log(`SKIPPED GB/T 9704 rendering tests: ${reason}`);
}

/** The page and the 版心 in points. */
const A4 = { width: pt(210), height: pt(297) };
const area = { left: pt(28), top: pt(37), right: pt(210 - 26), bottom: pt(297 - 35) };
const areaCentre = (area.left + area.right) / 2;
/** One grid line (225 mm / 22, as rendered: 579 twips) and one character (15.75 pt). */
const pitch = 579 / 20;
const char = 15.75;

const squeeze = (text: string) => text.replace(/\s+/g, '');
const on = (p: Probe, page: number) => p.lines.filter((l) => l.page === page);
const find = (p: Probe, text: string, page?: number): Line => {
  const line = p.lines.find((l) => (page === undefined || l.page === page) && squeeze(l.text).includes(squeeze(text)));
  if (!line) throw new Error(`no line with “${text}”${page ? ` on page ${page}` : ''}`);
  return line;
};
const centre = (l: { xMin: number; xMax: number }) => (l.xMin + l.xMax) / 2;

describe.skipIf(!renderer)('条例第九条 公文格式要素按 GB/T 9704-2012 排印（LibreOffice 转 PDF 后实测）', () => {
  const probes = new Map<string, Probe>();
  const fixtures: Record<string, DocumentLayout> = { downward, upward, upwardOffice, long, letter, minutes };

  let tmp: string;
  let previousTmp: string | undefined;

  beforeAll(async () => {
    // LibreOffice's profile and the probes' files go to a directory of this test's own, removed afterwards.
    tmp = await mkdtemp(join(tmpdir(), 'zhengwu-layout-test-'));
    previousTmp = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    const rendered = await Promise.all([
      ...Object.entries(fixtures).map(async ([name, layout]) => [name, await docxToPdf(await renderDocumentDocx(layout))] as const),
      (async () => ['slip', await docxToPdf(await renderProcessingSlipDocx(slip))] as const)(),
    ]);
    for (const [name, pdf] of rendered) probes.set(name, await probe(pdf));
  }, 180_000);

  afterAll(async () => {
    for (const p of probes.values()) await p.close();
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    await rm(tmp, { recursive: true, force: true });
  });

  const get = (name: string) => probes.get(name) as Probe;

  it('每一份都是 A4（595 × 842 pt）', () => {
    for (const [name, p] of probes) {
      expect(Math.abs(p.width - A4.width), name).toBeLessThanOrEqual(1);
      expect(Math.abs(p.height - A4.height), name).toBeLessThanOrEqual(1);
    }
  });

  it('订口 28 mm：正文回行顶格处距页面左边 28 mm；份号在版心第一行（天头 37 mm）', () => {
    const p = get('downward');
    const wrapped = find(p, '业办事根据上级有关要求', 1);
    expect(Math.abs(wrapped.xMin - area.left)).toBeLessThanOrEqual(3);
    const copy = find(p, '000012', 1);
    expect(Math.abs(copy.xMin - area.left)).toBeLessThanOrEqual(3);
    expect(copy.yMin).toBeGreaterThanOrEqual(area.top - 1);
    expect(copy.yMax).toBeLessThanOrEqual(area.top + pitch + 1);
    // 份号、紧急程度 one a line, in that order.
    expect(find(p, '加急', 1).yMin - copy.yMin).toBeCloseTo(pitch, 0);
  });

  it('文件式：红色发文机关标志上边缘距版心上边缘 35 mm、居中；发文字号在其下空二行、居中；红色分隔线在发文字号下 4 mm、与版心等宽', async () => {
    const p = get('downward');
    const [mark, ...rest] = await p.redBands(1);
    expect(mark).toBeDefined();
    expect(Math.abs((mark?.y ?? 0) - (area.top + pt(35)))).toBeLessThanOrEqual(pt(1.5));
    expect(Math.abs(centre(mark ?? { xMin: 0, xMax: 0 }) - areaCentre)).toBeLessThanOrEqual(3);
    const number = find(p, '临政发〔2026〕3号', 1);
    const numberInk = await p.ink(1, number);
    expect(numberInk).not.toBeNull();
    // Two blank lines between the 标志 and the 发文字号.
    const gap = (numberInk?.top ?? 0) - (mark?.bottom ?? 0);
    expect(gap).toBeGreaterThan(1.5 * pitch);
    expect(gap).toBeLessThan(3 * pitch);
    expect(Math.abs(centre(number) - areaCentre)).toBeLessThanOrEqual(3);
    const rule = rest.find((b) => b.widest > 0.95 * (area.right - area.left));
    expect(rule, 'a red rule across the 版心').toBeDefined();
    expect(Math.abs((rule?.xMin ?? 0) - area.left)).toBeLessThanOrEqual(2);
    expect(Math.abs((rule?.xMax ?? 0) - area.right)).toBeLessThanOrEqual(2);
    expect(Math.abs((rule?.y ?? 0) - (numberInk?.bottom ?? 0) - pt(4))).toBeLessThanOrEqual(pt(1));
  });

  it('标题在分隔线下空二行、居中；主送机关在标题下空一行、顶格、以全角冒号结束；正文每段首行缩进二字', async () => {
    const p = get('downward');
    const title = find(p, '临淄区人民政府关于进一步做好政务服务工作', 1);
    const rule = (await p.redBands(1)).find((b) => b.widest > 400);
    expect(title.yMin).toBeGreaterThan((rule?.bottom ?? 0) + 1.5 * pitch);
    expect(title.yMin).toBeLessThan((rule?.bottom ?? 0) + 3 * pitch);
    expect(Math.abs(centre(title) - areaCentre)).toBeLessThanOrEqual(3);
    expect(Math.abs(centre(title) - A4.width / 2)).toBeLessThanOrEqual(5);
    const secondTitleLine = find(p, '的通知', 1);
    const recipients = find(p, '各镇人民政府、街道办事处', 1);
    // Bottoms, not tops: the title's larger type starts higher in its line.
    expect(Math.abs(recipients.yMax - secondTitleLine.yMax - 2 * pitch)).toBeLessThanOrEqual(3);
    expect(Math.abs(recipients.xMin - area.left)).toBeLessThanOrEqual(3);
    expect(squeeze(recipients.text).endsWith('：')).toBe(true);
    const first = find(p, '为进一步做好全区政务服务工作', 1);
    expect(Math.abs(first.xMin - (area.left + 2 * char))).toBeLessThanOrEqual(3);
  });

  it('附件说明在正文下空一行、左空二字；署名右空二字、成文日期首字比署名右移二字；附注在日期下一行、左空二字加圆括号', () => {
    const p = get('downward');
    const note = find(p, '附件：临淄区政务服务事项清单');
    expect(Math.abs(note.xMin - (area.left + 2 * char))).toBeLessThanOrEqual(3);
    const before = on(p, note.page).filter((l) => l.yMin < note.yMin).at(-1);
    if (before) expect(note.yMin - before.yMin).toBeCloseTo(2 * pitch, 0);
    const signature = p.lines.find((l) => squeeze(l.text) === '临淄区人民政府' && l.page === note.page) as Line;
    expect(signature).toBeDefined();
    expect(signature.yMin - note.yMin).toBeCloseTo(2 * pitch, 0);
    const date = find(p, '2026年12月2日', note.page);
    expect(squeeze(date.text)).toBe('2026年12月2日');
    expect(date.yMin - signature.yMin).toBeCloseTo(pitch, 0);
    expect(Math.abs(date.xMin - (signature.xMin + 2 * char))).toBeLessThanOrEqual(4);
    // Right-indented two characters; here the date, shifted right, reaches further, so it keeps the two and the
    // 署名 moves left by as much.
    expect(Math.abs(Math.max(signature.xMax, date.xMax) - (area.right - 2 * char))).toBeLessThanOrEqual(4);
    const remark = find(p, '（此件公开发布）', note.page);
    expect(remark.yMin - date.yMin).toBeCloseTo(pitch, 0);
    expect(Math.abs(remark.xMin - (area.left + 2 * char))).toBeLessThanOrEqual(4);
  });

  it('附件另起一页：“附件”在版心第一行顶格，附件标题在第三行居中；页码顺延', () => {
    const p = get('downward');
    const label = p.lines.find((l) => squeeze(l.text) === '附件') as Line;
    expect(label).toBeDefined();
    expect(label.page).toBeGreaterThan(find(p, '（此件公开发布）').page);
    expect(on(p, label.page)[0]).toBe(label);
    expect(Math.abs(label.xMin - area.left)).toBeLessThanOrEqual(3);
    expect(label.yMax).toBeLessThanOrEqual(area.top + pitch + 1);
    const title = find(p, '临淄区政务服务事项清单', label.page);
    expect(Math.abs(title.yMax - label.yMax - 2 * pitch)).toBeLessThanOrEqual(3);
    expect(Math.abs(centre(title) - areaCentre)).toBeLessThanOrEqual(3);
    expect(find(p, `— ${label.page} —`, label.page)).toBeDefined();
  });

  it('版记在最后一页版心最下方：首末两条粗线、中间细线，与版心等宽；抄送左右各空一字、以句号结束；印发机关左空一字、印发日期右空一字', async () => {
    const p = get('downward');
    const last = p.pages;
    const printed = find(p, '2026年12月2日印发', last);
    expect(printed.yMax).toBeLessThanOrEqual(area.bottom + 1);
    expect(printed.yMax).toBeGreaterThan(area.bottom - pitch);
    expect(Math.abs(printed.xMax - (area.right - 14))).toBeLessThanOrEqual(4);
    const office = find(p, '临淄区人民政府办公室', last);
    expect(office.yMin).toBeCloseTo(printed.yMin, 0);
    expect(Math.abs(office.xMin - (area.left + 14))).toBeLessThanOrEqual(4);
    const copy = find(p, '抄送：', last);
    expect(Math.abs(copy.xMin - (area.left + 14))).toBeLessThanOrEqual(4);
    const copyText = squeeze(on(p, last).filter((l) => l.yMin >= copy.yMin && l.yMin < printed.yMin).map((l) => l.text).join(''));
    expect(copyText).toBe('抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院。');
    const rules = (await p.darkRules(last, 0.9 * (area.right - area.left))).filter((r) => r.y > copy.yMin - pitch);
    expect(rules).toHaveLength(3);
    for (const r of rules) {
      expect(Math.abs(r.xMin - area.left)).toBeLessThanOrEqual(2);
      expect(Math.abs(r.xMax - area.right)).toBeLessThanOrEqual(2);
    }
    const [top, middle, bottom] = rules;
    expect(top?.thickness).toBeGreaterThan(middle?.thickness ?? Infinity);
    expect(bottom?.thickness).toBeGreaterThan(middle?.thickness ?? Infinity);
    expect(bottom?.y ?? 0).toBeLessThanOrEqual(area.bottom + 1);
  });

  it('页码“— N —”在版心下边缘之下 7 mm：单页居右空一字，双页居左空一字', () => {
    const p = get('long');
    expect(p.pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= 3; page++) {
      const number = find(p, `— ${page} —`, page);
      expect(Math.abs(number.yMin - (area.bottom + pt(7)))).toBeLessThanOrEqual(pt(1.5));
      if (page % 2 === 1) expect(Math.abs(number.xMax - (area.right - 14))).toBeLessThanOrEqual(4);
      else expect(Math.abs(number.xMin - (area.left + 14))).toBeLessThanOrEqual(4);
    }
  });

  it('版心排 22 行、每行 28 字', () => {
    const p = get('long');
    const inArea = on(p, 2).filter((l) => l.yMin >= area.top - 1 && l.yMax <= area.bottom + 1);
    const rows = new Set(inArea.map((l) => Math.round(l.yMin)));
    expect(rows.size).toBe(22);
    const full = inArea.filter((l) => Math.abs(l.xMin - area.left) < 2 && l.xMax > area.right - char);
    expect(full.length).toBeGreaterThan(5);
    for (const l of full) expect(Math.abs([...squeeze(l.text)].length - 28)).toBeLessThanOrEqual(1);
  });

  it('上行文：发文字号左空一字，与“签发人：张明”同行，签发人右空一字；加盖印章时成文日期右空四字、署名以成文日期居中', () => {
    const p = get('upward');
    const signer = find(p, '签发人：', 1);
    const number = find(p, '临政发〔2026〕4号', 1);
    expect(squeeze(signer.text)).toContain('签发人：张明');
    expect(number.yMin).toBeCloseTo(signer.yMin, 0);
    expect(Math.abs(number.xMin - (area.left + char))).toBeLessThanOrEqual(3);
    expect(Math.abs(signer.xMax - (area.right - char))).toBeLessThanOrEqual(3);
    const date = find(p, '2026年12月2日');
    expect(Math.abs(date.xMax - (area.right - 4 * char))).toBeLessThanOrEqual(4);
    const name = p.lines.find((l) => squeeze(l.text) === '临淄区人民政府' && l.page === date.page) as Line;
    expect(Math.abs(centre(name) - centre(date))).toBeLessThanOrEqual(4);
    // The last body line goes with the signature: no page holds the signature alone.
    const above = on(p, date.page).filter((l) => l.yMin < name.yMin);
    expect(above.length).toBeGreaterThan(0);
  });

  it('多个签发人每行两个、回行与第一个姓名对齐，发文字号与最后一个签发人同行；标题按起草人所分回行；多个附件说明序号对齐', async () => {
    const p = get('upwardOffice');
    const [mark] = await p.redBands(1);
    expect(Math.abs((mark?.y ?? 0) - (area.top + pt(35)))).toBeLessThanOrEqual(pt(1.5));
    expect(mark?.xMax ?? Infinity).toBeLessThanOrEqual(area.right);
    const first = find(p, '签发人：', 1);
    const last = find(p, '王强', 1);
    const number = find(p, '临政办字〔2026〕15号', 1);
    expect(number.yMin).toBeCloseTo(last.yMin, 0);
    expect(last.yMin - first.yMin).toBeCloseTo(pitch, 0);
    expect(Math.abs(last.xMin - (first.xMin + 4 * char))).toBeLessThanOrEqual(3);
    const titleFirst = on(p, 1).find((l) => squeeze(l.text) === '临淄区人民政府办公室') as Line;
    const titleSecond = find(p, '关于报送政务服务工作情况的报告', 1);
    expect(titleFirst).toBeDefined();
    expect(squeeze(titleSecond.text)).toBe('关于报送政务服务工作情况的报告');
    expect(titleSecond.yMin - titleFirst.yMin).toBeCloseTo(pitch, 0);
    const one = find(p, '附件：1.政务服务事项清单');
    const two = find(p, '2.政务服务中心建设方案');
    expect(Math.abs(two.xMin - (one.xMin + 3 * char))).toBeLessThanOrEqual(3);
  });

  it('信函式：标志上边缘距页面上边 30 mm；其下 4 mm 红色双线上粗下细、距下页边 20 mm 红色双线上细下粗，均长 170 mm、居中；首页不显示页码', async () => {
    const p = get('letter');
    const bands = await p.redBands(1);
    const mark = bands[0];
    expect(Math.abs((mark?.y ?? 0) - pt(30))).toBeLessThanOrEqual(pt(1.5));
    const rules = bands.filter((b) => Math.abs(b.widest - pt(170)) < 6);
    expect(rules).toHaveLength(4);
    for (const r of rules) expect(Math.abs(centre(r) - A4.width / 2)).toBeLessThanOrEqual(2);
    const [upperA, upperB, lowerA, lowerB] = rules.map((r) => ({ ...r, thickness: r.bottom - r.y }));
    expect(Math.abs((upperA?.y ?? 0) - (mark?.bottom ?? 0) - pt(4))).toBeLessThanOrEqual(pt(1.5));
    expect(upperA?.thickness).toBeGreaterThan(upperB?.thickness ?? Infinity);
    expect(lowerB?.thickness).toBeGreaterThan(lowerA?.thickness ?? Infinity);
    expect(Math.abs(A4.height - (lowerB?.bottom ?? 0) - pt(20))).toBeLessThanOrEqual(pt(1.5));
    expect(on(p, 1).some((l) => /—\s*1\s*—/.test(l.text))).toBe(false);
    expect(find(p, '— 2 —', 2)).toBeDefined();
    // 版记 of a letter: 抄送 only, at the foot of the last page, without rules or 印发 line.
    const copy = find(p, '抄送：区自然资源局。', p.pages);
    expect(copy.yMax).toBeLessThanOrEqual(area.bottom + 1);
    expect(copy.yMax).toBeGreaterThan(area.bottom - pitch);
    expect(await p.darkRules(p.pages, 0.9 * (area.right - area.left))).toEqual([]);
    expect(p.lines.some((l) => squeeze(l.text).endsWith('印发'))).toBe(false);
    // 发文字号 flush right under the first double rule.
    const number = find(p, '临政函〔2026〕7号', 1);
    expect(Math.abs(number.xMax - area.right)).toBeLessThanOrEqual(3);
    expect(number.yMin).toBeGreaterThan(upperB?.bottom ?? 0);
  });

  it('纪要式：纪要标志上边缘距版心上边缘 35 mm；“出席”“请假”“列席”左空二字', async () => {
    const p = get('minutes');
    const [mark] = await p.redBands(1);
    expect(Math.abs((mark?.y ?? 0) - (area.top + pt(35)))).toBeLessThanOrEqual(pt(1.5));
    for (const label of ['出席：', '请假：', '列席：']) expect(Math.abs(find(p, label).xMin - (area.left + 2 * char))).toBeLessThanOrEqual(3);
    expect(find(p, '请假：').yMin - find(p, '出席：').yMin).toBeCloseTo(pitch, 0);
  });

  it('收文处理笺为一页 A4，载明登记、拟办、每一条批示（姓名、日期、代签）、转办与办结', () => {
    const p = get('slip');
    expect(p.pages).toBe(1);
    const text = squeeze(p.lines.map((l) => l.text).join(''));
    for (const piece of ['临淄区人民政府办公室收文处理笺', '收〔2026〕12号', '淄博市人民政府', '拟请王区长阅示', '请王强区长阅示。', '同意，请区应急局抓好落实。', '赵刚（代孙丽）', '承办单位：区应急局', '2026年12月10日', '已按要求部署落实', '2026年12月9日']) {
      expect(text).toContain(piece);
    }
  });
});
