import { AlignmentType, BorderStyle, Document, HeightRule, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { ProcessingSlip } from '../../../domain/documents/layout.js';
import { dateText, fonts, ideographicSpace, mm, page, run, size, stylesXml, typeArea } from './units.js';

/** The slip is read and written on by hand: 4号仿宋 in a bordered table, labels in 黑体. */
const small = size.si;
const cellLine = { line: 400, lineRule: 'exact' as const };

const text = (value: string, options: { font?: string; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({ alignment: options.alignment ?? AlignmentType.LEFT, spacing: { before: 0, after: 0, ...cellLine }, children: [run(value, { font: options.font ?? fonts.body, size: small })] });

/** Label 24 mm, value 54 mm, label 24 mm, value 54 mm: 156 mm, the 版心's width. */
const columns = [mm(24), mm(54), mm(24), mm(54)];

const labelCell = (label: string) =>
  new TableCell({ width: { size: columns[0] ?? 0, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: [text(label, { font: fonts.hei, alignment: AlignmentType.CENTER })] });

const valueCell = (children: Paragraph[], span: 1 | 3) =>
  new TableCell({
    width: { size: span === 1 ? (columns[1] ?? 0) : (columns[1] ?? 0) + (columns[2] ?? 0) + (columns[3] ?? 0), type: WidthType.DXA },
    columnSpan: span,
    verticalAlign: VerticalAlign.CENTER,
    children: children.length ? children : [text('')],
  });

const pairRow = (a: string, av: string, b: string, bv: string) =>
  new TableRow({ height: { value: mm(11), rule: HeightRule.ATLEAST }, children: [labelCell(a), valueCell([text(av)], 1), labelCell(b), valueCell([text(bv)], 1)] });

const wideRow = (label: string, children: Paragraph[], minHeight: number) =>
  new TableRow({ height: { value: minHeight, rule: HeightRule.ATLEAST }, children: [labelCell(label), valueCell(children, 3)] });

/** A signed entry: what was written, then name and date flush right, as the leader signs on paper. */
const signed = (opinion: string, name: string, date: string): Paragraph[] => [
  text(opinion),
  text(`${name}${ideographicSpace}${dateText(date)}`, { alignment: AlignmentType.RIGHT }),
];

const orDash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : String(value));

/**
 * Renders the 收文处理笺 (阅办单) as one A4 page: the registration of the incoming document, the office's 拟办,
 * every 批示 and 阅 with name and date (and for whom the leader acted), the 转办 and the 办结 — to print and keep
 * with the original, as 条例 第二十四条's 收文 steps leave their trace on paper.
 */
export async function renderProcessingSlipDocx(slip: ProcessingSlip): Promise<Buffer> {
  const instructions = slip.instructions.flatMap((i) => signed(i.opinion, i.actingFor ? `${i.name}（代${i.actingFor}）` : i.name, i.date));
  const transfer = slip.transfer
    ? [
        text(`承办单位：${slip.transfer.handlingUnit}`),
        text(`协办单位：${slip.transfer.coUnits.length ? slip.transfer.coUnits.join('、') : '无'}`),
        text(`办理时限：${slip.transfer.dueOn ? dateText(slip.transfer.dueOn) : '—'}`),
        text(dateText(slip.transfer.date), { alignment: AlignmentType.RIGHT }),
      ]
    : [];
  const completion = slip.completion ? [text(slip.completion.result), text(dateText(slip.completion.date), { alignment: AlignmentType.RIGHT })] : [];
  const border = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
  const table = new Table({
    width: { size: typeArea.width, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      pairRow('收文编号', orDash(slip.registerNumber), '收文日期', slip.receivedOn ? dateText(slip.receivedOn) : '—'),
      pairRow('来文单位', slip.sender, '来文字号', orDash(slip.senderDocNumber)),
      wideRow(`标${ideographicSpace.repeat(2)}题`, [text(slip.title)], mm(16)),
      pairRow(`文${ideographicSpace.repeat(2)}种`, orDash(slip.docType), '紧急程度', orDash(slip.urgency)),
      pairRow(`密${ideographicSpace.repeat(2)}级`, orDash(slip.classification), '来文方式', orDash(slip.channel)),
      pairRow(`份${ideographicSpace.repeat(2)}数`, orDash(slip.copies), `页${ideographicSpace.repeat(2)}数`, orDash(slip.pages)),
      wideRow('拟办意见', slip.proposal ? signed(slip.proposal.text, slip.proposal.name, slip.proposal.date) : [], mm(24)),
      wideRow('领导批示', instructions, mm(56)),
      wideRow(`转${ideographicSpace.repeat(2)}办`, transfer, mm(22)),
      wideRow(`办${ideographicSpace.repeat(2)}结`, completion, mm(18)),
    ],
  });
  const document = new Document({
    title: `${slip.office}收文处理笺`,
    externalStyles: stylesXml(small, 400),
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: 360, line: 700, lineRule: 'exact' },
            children: [run(`${slip.office}收文处理笺`, { font: fonts.title, size: size.er })],
          }),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
