import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { chineseDate } from '../../calendar/index.js';
import { fonts, lines, mm, page, run, size, stylesXml, typeArea } from '../documents/layout/units.js';
import { type AnnualReport, overviewOf, requestColumns } from './annual-report.js';

/**
 * The annual report (条例 第五十条) as a Word document in the national template's order: the title, 一、总体情况,
 * the tables of 二、三、四 — 宋体 五号 in bordered tables —, 五、存在的主要问题及改进情况 for the office to write,
 * 六、其他需要报告的事项 with what the numbers mean and what the data does not give.
 */

const tableSize = 21; // 五号
const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

const cellText = (value: string, options: { bold?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: number } = {}) =>
  new Paragraph({
    alignment: options.alignment ?? AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 300, lineRule: 'exact' },
    ...(options.indent ? { indent: { left: options.indent } } : {}),
    children: [run(value, { font: options.bold ? fonts.hei : fonts.song, size: tableSize })],
  });

const cell = (value: string, width: number, options: Parameters<typeof cellText>[1] & { span?: number } = {}) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, ...(options.span ? { columnSpan: options.span } : {}), children: [cellText(value, options)] });

function table(widths: number[], rows: TableRow[]): Table {
  return new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders, rows });
}

const number = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(n));

const heading = (text: string) => new Paragraph({ spacing: lines(), indent: { firstLine: 640 }, children: [run(text, { font: fonts.hei })] });
const paragraph = (text: string) => new Paragraph({ spacing: lines(), indent: { firstLine: 640 }, children: [run(text)] });
const gap = () => new Paragraph({ spacing: { before: 0, after: 0, line: 200, lineRule: 'exact' }, children: [] });

function proactiveTables(r: AnnualReport): (Paragraph | Table)[] {
  const w = [mm(60), mm(32), mm(32), mm(32)];
  const docs = table(w, [
    new TableRow({ children: [cell('第二十条第（一）项', typeArea.width, { bold: true, span: 4 })] }),
    new TableRow({ children: [cell('信息内容', w[0] ?? 0, { bold: true }), cell('本年制发件数', w[1] ?? 0, { bold: true }), cell('本年废止件数', w[2] ?? 0, { bold: true }), cell('现行有效件数', w[3] ?? 0, { bold: true })] }),
    ...r.proactive.documents.map((d) => new TableRow({ children: [cell(d.item, w[0] ?? 0), cell(number(d.values.issued), w[1] ?? 0), cell(number(d.values.repealed), w[2] ?? 0), cell(number(d.values.inForce), w[3] ?? 0)] })),
  ]);
  const w2 = [mm(96), mm(60)];
  const decisions = table(w2, [
    new TableRow({ children: [cell('第二十条第（五）（六）（八）项', typeArea.width, { bold: true, span: 2 })] }),
    new TableRow({ children: [cell('信息内容', w2[0] ?? 0, { bold: true }), cell('本年处理决定数量（收费为金额，单位：万元）', w2[1] ?? 0, { bold: true })] }),
    ...r.proactive.decisions.map((d) => new TableRow({ children: [cell(d.item, w2[0] ?? 0), cell(number(d.values.value), w2[1] ?? 0)] })),
  ]);
  const categories = table(w2, [
    new TableRow({ children: [cell('门户网站栏目', w2[0] ?? 0, { bold: true }), cell('本年主动公开（条）', w2[1] ?? 0, { bold: true })] }),
    ...r.proactive.byCategory.map((c) => new TableRow({ children: [cell(c.label, w2[0] ?? 0, { alignment: AlignmentType.LEFT }), cell(String(c.published), w2[1] ?? 0)] })),
    new TableRow({ children: [cell('合计', w2[0] ?? 0, { bold: true }), cell(String(r.proactive.publishedTotal), w2[1] ?? 0)] }),
  ]);
  const notes = [...r.proactive.documents, ...r.proactive.decisions.slice(0, 1)].map((d) => d.note).filter((n): n is string => n !== null);
  return [docs, gap(), decisions, gap(), categories, ...notes.map((n) => paragraph(`注：${n}。`))];
}

function requestTable(r: AnnualReport): Table {
  const labelWidth = mm(58);
  const colWidth = Math.floor((typeArea.width - labelWidth) / requestColumns.length);
  const widths = [labelWidth, ...requestColumns.map(() => colWidth)];
  const header = [
    new TableRow({
      children: [
        cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', labelWidth, { bold: true }),
        cell('申请人情况', colWidth * requestColumns.length, { bold: true, span: requestColumns.length }),
      ],
    }),
    new TableRow({ children: [cell('', labelWidth), ...r.requests.columns.map((c) => cell(c.label, colWidth, { bold: true }))] }),
  ];
  const body = r.requests.rows.map(
    (row) =>
      new TableRow({
        children: [
          cell(row.label, labelWidth, { alignment: AlignmentType.LEFT, indent: row.level * 210, bold: row.level === 0 }),
          ...requestColumns.map((c) => cell(row.counts ? String(row.counts[c]) : '', colWidth)),
        ],
      }),
  );
  return table(widths, [...header, ...body]);
}

function challengeTable(r: AnnualReport): Table {
  const labelWidth = mm(56);
  const colWidth = Math.floor((typeArea.width - labelWidth) / r.challenges.outcomes.length);
  const widths = [labelWidth, ...r.challenges.outcomes.map(() => colWidth)];
  return table(widths, [
    new TableRow({ children: [cell('', labelWidth), ...r.challenges.outcomes.map((o) => cell(o.label, colWidth, { bold: true }))] }),
    ...r.challenges.kinds.map(
      (k) => new TableRow({ children: [cell(k.label, labelWidth, { alignment: AlignmentType.LEFT }), ...r.challenges.outcomes.map((o) => cell(String(r.challenges.counts[k.kind][o.outcome]), colWidth))] }),
    ),
  ]);
}

export async function renderAnnualReportDocx(r: AnnualReport): Promise<Buffer> {
  const document = new Document({
    title: r.title,
    externalStyles: stylesXml(),
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 360, line: 700, lineRule: 'exact' }, children: [run(r.title, { font: fonts.title, size: size.er })] }),
          paragraph(`本报告根据《中华人民共和国政府信息公开条例》第四十九条、第五十条规定，按照国家统一格式编制。报告中所列数据的统计期限自${chineseDate(`${r.year}-01-01`)}起至${chineseDate(`${r.year}-12-31`)}止。`),
          heading('一、总体情况'),
          ...overviewOf(r).map(paragraph),
          heading('二、主动公开政府信息情况'),
          ...proactiveTables(r),
          heading('三、收到和处理政府信息公开申请情况'),
          requestTable(r),
          heading('四、政府信息公开行政复议、行政诉讼情况'),
          challengeTable(r),
          heading('五、存在的主要问题及改进情况'),
          paragraph('（由区政府办公室填写。）'),
          heading('六、其他需要报告的事项'),
          ...r.notes.map(paragraph),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
