import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  FrameAnchorType,
  FrameWrap,
  Header,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  type IBorderOptions,
  type IFrameOptions,
  type IParagraphOptions,
  TabStopType,
  TextRun,
} from 'docx';
import type { BodyBlock, DocumentLayout } from '../../../domain/documents/layout.js';
import { char, characterSpacing, dateText, fonts, ideographicSpace, lines, linePitch, mm, page, red, run, type RunStyle, size, smallChar, stylesXml, typeArea, widthInChars } from './units.js';

type ParagraphOptions = Omit<IParagraphOptions, 'children'>;

const paragraph = (children: TextRun[], options: ParagraphOptions = {}): Paragraph =>
  new Paragraph({ ...options, spacing: { before: 0, after: 0, ...lines(), ...options.spacing }, children });

const blank = (): Paragraph => paragraph([]);

/** Lines of n grid lines before a paragraph: the standard's "空N行". */
const before = (n: number) => ({ before: Math.round(linePitch * n), after: 0 });

/** The font of each heading level: 一、黑体 · （一）楷体 · 1. and （1）仿宋 — never bold. */
const headingFont: Record<1 | 2 | 3 | 4, string> = { 1: fonts.hei, 2: fonts.kai, 3: fonts.body, 4: fonts.body };

const bodyParagraph = (block: BodyBlock, options: ParagraphOptions = {}): Paragraph =>
  paragraph([run(block.text, { font: block.kind === 'heading' ? headingFont[block.level] : fonts.body })], {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * char },
    ...options,
  });

/**
 * The 发文机关标志's size: 初号 unless the name is too long for the 版心, then as large as fits on one line
 * (the standard fixes no size; it must stay on one line and within the 版心).
 */
const markSize = (mark: string): number => Math.min(size.chu, Math.floor((typeArea.width / 20 / widthInChars(mark)) * 2 * 0.96));

/**
 * How far below the top of the 标志's two-line box its characters begin: with exact line spacing they sit at the
 * foot of the box, their top edge about 1.13 times the type size above the box's bottom.
 */
const markGlyphOffset = (mark: string): number => Math.round(2 * linePitch - (markSize(mark) / 2) * 20 * 1.13);

/** A 标志 line: red 小标宋, centred, in a box two lines high (a 初号 mark does not fit in one). */
const markParagraph = (mark: string, spacingBefore: number): Paragraph =>
  paragraph([run(mark, { font: fonts.title, size: markSize(mark), color: red })], {
    alignment: AlignmentType.CENTER,
    spacing: { ...lines(2), before: Math.max(0, Math.round(spacingBefore)), after: 0 },
  });

/** The red rule under the 发文字号: the paragraph's bottom border, 4 mm below the characters. */
const redRule: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: red, space: 4 };

/** 份号, 密级和保密期限, 紧急程度: top left of the 版心, one a line, in that order (份号 仿宋, the others 黑体). */
const securityLines = (layout: DocumentLayout): Paragraph[] => [
  ...(layout.copyNumber ? [paragraph([run(layout.copyNumber)])] : []),
  ...(layout.classification ? [paragraph([run(layout.classification, { font: fonts.hei })])] : []),
  ...(layout.urgency ? [paragraph([run(layout.urgency, { font: fonts.hei })])] : []),
];

/**
 * 文件式 / 纪要式 head: 标志 with its top 35 mm below the top of the 版心, the 发文字号 two lines below it (上行文:
 * left-indented one character on the line of the last 签发人, who is right-indented one character), the red rule
 * 4 mm below.
 */
function fileHead(layout: DocumentLayout): Paragraph[] {
  const top = securityLines(layout);
  const mark = markParagraph(layout.issuerMark, mm(35) - top.length * linePitch - markGlyphOffset(layout.issuerMark));
  const signers = layout.signers ?? [];
  const numberText = layout.documentNumber ?? '';
  const ruled: ParagraphOptions = { border: { bottom: redRule } };
  let numberLines: Paragraph[];
  if (signers.length === 0) {
    numberLines = [paragraph([run(numberText)], { alignment: AlignmentType.CENTER, spacing: before(2), ...ruled })];
  } else {
    // 签发人 two names a line, the first line right-indented one character, later lines starting under its first
    // name; the 发文字号 stands on the line of the last names.
    const rows: string[][] = [];
    for (let i = 0; i < signers.length; i += 2) rows.push(signers.slice(i, i + 2));
    const label = '签发人：';
    const firstRow = rows[0] ?? [];
    const namesAt = Math.round(typeArea.width - char - widthInChars(firstRow.join(ideographicSpace)) * char);
    const labelAt = Math.round(namesAt - widthInChars(label) * char);
    numberLines = rows.map((names, i) => {
      const isLast = i === rows.length - 1;
      // The one-character indent is a full-width space, not a paragraph indent: the red rule (this paragraph's
      // border) must still run the whole width of the 版心.
      return paragraph(
        [
          ...(isLast ? [run(`${ideographicSpace}${numberText}`)] : []),
          new TextRun({ text: '\t' }),
          ...(i === 0 ? [run(label), run(names.join(ideographicSpace), { font: fonts.kai })] : [run(names.join(ideographicSpace), { font: fonts.kai })]),
        ],
        {
          tabStops: [{ type: TabStopType.LEFT, position: i === 0 ? labelAt : namesAt }],
          spacing: i === 0 ? before(2) : {},
          ...(isLast ? ruled : {}),
        },
      );
    });
  }
  return [...top, mark, ...numberLines];
}

/**
 * 信函式 head, in the first page's header: the 标志 30 mm from the top of the page with the red double rule
 * (thick over thin) 4 mm below it, 170 mm long and centred on the page.
 */
function letterHeader(layout: DocumentLayout): Header {
  // A 170 mm rule is wider than the 156 mm 版心: the paragraph reaches 8 mm past the 订口 and 6 mm past the right.
  const wide = { left: -(page.left - mm(20)), right: -(mm(190) - (page.width - page.right)) };
  return new Header({
    children: [
      paragraph([run(layout.issuerMark, { font: fonts.title, size: markSize(layout.issuerMark), color: red })], {
        alignment: AlignmentType.CENTER,
        indent: wide,
        spacing: { ...lines(2), before: 0, after: 0 },
        // thickThin on a bottom border: the thick line above, 上粗下细.
        border: { bottom: { style: BorderStyle.THICK_THIN_MEDIUM_GAP, size: 24, color: red, space: 4 } },
      }),
    ],
  });
}

/** 信函式 foot of page 1: the red double rule (thin over thick) 20 mm above the bottom edge, no page number. */
function letterFirstFooter(): Footer {
  const wide = { left: -(page.left - mm(20)), right: -(mm(190) - (page.width - page.right)) };
  return new Footer({
    children: [
      new Paragraph({
        indent: wide,
        spacing: { before: 0, after: 0, line: 40, lineRule: 'exact' },
        // As LibreOffice draws it (and Word), thickThin on a top border puts the thin line above: 上细下粗.
        border: { top: { style: BorderStyle.THICK_THIN_MEDIUM_GAP, size: 24, color: red, space: 0 } },
        children: [],
      }),
    ],
  });
}

/** 信函式: 份号/密级/紧急程度 flush left under the rule, the 发文字号 flush right on the first of those lines. */
function letterHead(layout: DocumentLayout): Paragraph[] {
  const top = securityLines(layout);
  const number = layout.documentNumber ? [new TextRun({ text: '\t' }), run(layout.documentNumber)] : [];
  const rightTab = [{ type: TabStopType.RIGHT, position: typeArea.width }];
  if (top.length === 0) return number.length ? [paragraph(number, { tabStops: rightTab })] : [];
  const [first, ...rest] = [layout.copyNumber, layout.classification, layout.urgency].filter((v): v is string => Boolean(v));
  const firstFont = layout.copyNumber ? fonts.body : fonts.hei;
  return [paragraph([run(first ?? '', { font: firstFont }), ...number], { tabStops: rightTab }), ...rest.map((text) => paragraph([run(text, { font: fonts.hei })]))];
}

/** A title's runs: the drafter breaks a long title with "\n" into lines of a trapezoid or diamond, by meaning. */
const titleRuns = (title: string): TextRun[] =>
  title.split('\n').map((part, i) => new TextRun({ text: part, break: i === 0 ? 0 : 1, font: { eastAsia: fonts.title, ascii: fonts.title, hAnsi: fonts.title, cs: fonts.title }, size: size.er }));

/** 标题 (2号小标宋, centred) and 主送机关 one line below, flush left, ending in "：". */
function titleAndRecipients(layout: DocumentLayout, linesBefore: number): Paragraph[] {
  const recipients = layout.mainRecipients ?? [];
  return [
    paragraph(titleRuns(layout.title), { alignment: AlignmentType.CENTER, spacing: before(linesBefore) }),
    ...(recipients.length ? [paragraph([run(`${recipients.join('、')}：`)], { spacing: before(1) })] : []),
  ];
}

/** 附件说明: one line below the body, indent 2, "附件：1.XXX" with the later names aligned under the first. */
function attachmentNote(names: readonly string[]): Paragraph[] {
  if (names.length === 0) return [];
  if (names.length === 1) return [paragraph([run(`附件：${names[0]}`)], { spacing: before(1), indent: { left: 5 * char, hanging: 3 * char }, keepNext: true })];
  return names.map((name, i) =>
    paragraph([run(`${i === 0 ? '附件：' : ''}${i + 1}.${name}`)], {
      keepNext: true,
      spacing: i === 0 ? before(1) : {},
      indent: i === 0 ? { left: 6 * char, hanging: 4 * char } : { left: 6 * char, hanging: char },
    }),
  );
}

/**
 * 发文机关署名 and 成文日期. Sealed: the date right-indented 4 characters, the 署名 centred over it, room above
 * for the seal whose top comes within a line of the body. Unsealed: the 署名 one line below the body,
 * right-indented 2; the date on the next line, starting 2 characters right of the 署名 (if the date is the
 * longer, it is right-indented 2 and the 署名 moves left).
 */
function signature(layout: DocumentLayout): Paragraph[] {
  const name = layout.issuerSignature ?? '';
  const date = layout.writtenOn ? dateText(layout.writtenOn) : '';
  if (!name && !date) return [];
  const nameWidth = widthInChars(name);
  const dateWidth = widthInChars(date);
  let nameRight: number;
  let dateRight: number;
  if (layout.isSealed) {
    dateRight = 4;
    nameRight = dateRight + (dateWidth - nameWidth) / 2;
  } else {
    nameRight = 2;
    dateRight = nameRight + nameWidth - 2 - dateWidth;
    if (dateRight < 2) {
      dateRight = 2;
      nameRight = dateRight + dateWidth + 2 - nameWidth;
    }
  }
  const right = (chars: number) => ({ alignment: AlignmentType.RIGHT, indent: { right: Math.max(0, Math.round(chars * char)) } });
  return [
    ...(name ? [paragraph([run(name)], { ...right(nameRight), spacing: before(layout.isSealed ? 2 : 1), keepNext: true })] : []),
    ...(date ? [paragraph([run(date)], { ...right(dateRight), ...(name ? {} : { spacing: before(1) }) })] : []),
  ];
}

/** 附注: the line below the date, indent 2, in full-width brackets. */
function note(text: string | null | undefined): Paragraph[] {
  if (!text) return [];
  const bracketed = text.startsWith('（') ? text : `（${text}）`;
  return [paragraph([run(bracketed)], { indent: { left: 2 * char } })];
}

/** 附件: each on a new page, "附件N" in 3号黑体 on line 1, its title centred on line 3, then its body. */
function attachmentPages(layout: DocumentLayout): Paragraph[] {
  const list = layout.attachments ?? [];
  return list.flatMap((attachment, i) => [
    paragraph([run(list.length > 1 ? `附件${i + 1}` : '附件', { font: fonts.hei })], { pageBreakBefore: true }),
    paragraph(titleRuns(attachment.title), { alignment: AlignmentType.CENTER, spacing: before(1) }),
    ...attachment.body.map((block, j) => bodyParagraph(block, j === 0 ? { spacing: before(1) } : {})),
  ]);
}

/** How many lines the 抄送 takes: 4号 characters after "抄送：" on the first line, under its first name after. */
function copyToLines(text: string): number {
  const perLine = Math.floor((typeArea.width - 5 * smallChar) / (smallChar + characterSpacing)) - 1;
  return Math.max(1, Math.ceil(widthInChars(text) / perLine));
}

/**
 * 版记 at the foot of the last page, its last line on the 版心's last line however long the document is: each
 * element is a one-paragraph frame placed from the top of the 版心 (LibreOffice drops a frame of several
 * paragraphs with different borders, and imports a full-width floating table as an ordinary one). Rules as wide
 * as the 版心, thick first and last, thin between; 抄送 in 4号仿宋 indented one character each side, ending "。",
 * wrapped lines under the first name; 印发机关 left and 印发日期 right, indented one. 信函式 has no rules and
 * no 印发 line.
 */
function colophon(layout: DocumentLayout): Paragraph[] {
  const copyTo = layout.copyTo ?? [];
  const isLetter = layout.format === 'letter';
  const printed = !isLetter && Boolean(layout.printedBy || layout.printedOn);
  if (copyTo.length === 0 && !printed) return [];
  const thick: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
  const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
  const small: RunStyle = { size: size.si };
  // The borders take about 3 pt below the last line; the 版记 is lifted by that much so it stays in the 版心.
  const bottom = 22 * linePitch - 60;
  const frameAt = (y: number, height: number): IFrameOptions => ({
    type: 'absolute',
    position: { x: 0, y },
    width: typeArea.width,
    height,
    rule: HeightRule.EXACT,
    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
    wrap: FrameWrap.NOT_BESIDE,
  });
  const result: Paragraph[] = [];
  const copyText = `${copyTo.join('，')}。`;
  const copyHeight = copyTo.length ? copyToLines(`抄送：${copyText}`) * linePitch : 0;
  const printedTop = bottom - (printed ? linePitch : 0);
  if (copyTo.length) {
    result.push(
      paragraph([run('抄送：', small), run(copyText, small)], {
        frame: frameAt(printedTop - copyHeight, copyHeight + 40),
        indent: { left: smallChar + 3 * smallChar, hanging: 3 * smallChar, right: smallChar },
        ...(isLetter ? {} : { border: { top: thick, ...(printed ? {} : { bottom: thick }) } }),
      }),
      // LibreOffice loses a frame directly followed by a different one; a one-twip paragraph keeps them apart.
      new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' }, children: [] }),
    );
  }
  if (printed) {
    result.push(
      paragraph([run(layout.printedBy ?? '', small), new TextRun({ text: '\t' }), run(layout.printedOn ? `${dateText(layout.printedOn)}印发` : '', small)], {
        frame: frameAt(printedTop, linePitch + 60),
        indent: { left: smallChar, right: smallChar },
        tabStops: [{ type: TabStopType.RIGHT, position: typeArea.width - smallChar }],
        border: { top: copyTo.length ? thin : thick, bottom: thick },
      }),
    );
  }
  return result;
}

/** 纪要式: 出席, 请假, 列席 in 黑体, one line below the body, indent 2, wrapped lines under the first name. */
function attendance(layout: DocumentLayout): Paragraph[] {
  const a = layout.attendance;
  if (!a) return [];
  const row = (label: string, names: readonly string[], isFirst: boolean) =>
    paragraph([run(`${label}：`, { font: fonts.hei }), run(names.length ? names.join('、') : '无')], {
      indent: { left: 5 * char, hanging: 3 * char },
      alignment: AlignmentType.JUSTIFIED,
      ...(isFirst ? { spacing: before(1) } : {}),
    });
  return [row('出席', a.present, true), row('请假', a.absent, false), row('列席', a.observers, false)];
}

/** "— N —" in 4号宋体: odd pages right-indented one character, even pages left-indented one. */
const pageNumberFooter = (side: 'odd' | 'even'): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: smallChar } : { left: smallChar },
        // The footer's foot is 20 mm above the page's edge (where the 信函式 puts its lower rule); 3 mm more lift
        // the number so that its dash is 7 mm below the 版心.
        spacing: { before: 0, after: mm(3), line: 280, lineRule: 'exact' },
        children: [run('— ', { font: fonts.song, size: size.si }), new TextRun({ children: [PageNumber.CURRENT], font: fonts.song, size: size.si }), run(' —', { font: fonts.song, size: size.si })],
      }),
    ],
  });

/**
 * Renders a document laid out per GB/T 9704-2012 as a .docx for WPS and Word: A4, 天头 37 mm, 订口 28 mm,
 * 版心 156 × 225 mm on a 22-line × 28-character grid, 3号仿宋, and the elements of 条例 第九条 where the
 * standard places them (see the layout contract in src/domain/documents/layout.ts).
 */
export async function renderDocumentDocx(layout: DocumentLayout): Promise<Buffer> {
  const isLetter = layout.format === 'letter';
  const head = isLetter ? letterHead(layout) : fileHead(layout);
  const children: Paragraph[] = [
    ...head,
    ...titleAndRecipients(layout, isLetter ? 2 : 2),
    // The last body line stays with the 附件说明 and 署名: a page never shows the signature alone.
    ...layout.body.map((block, i) => bodyParagraph(block, i === layout.body.length - 1 ? { keepNext: true } : {})),
    ...attachmentNote(layout.attachmentNames ?? []),
    ...signature(layout),
    ...note(layout.note),
    ...attendance(layout),
    ...attachmentPages(layout),
    ...colophon(layout),
  ];
  if (children.length === head.length) children.push(blank());
  const document = new Document({
    title: layout.title,
    evenAndOddHeaderAndFooters: true,
    externalStyles: stylesXml(),
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            // The header distance puts the top of the 信函式 标志's characters 30 mm from the top of the page.
            margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right, header: mm(30) - markGlyphOffset(layout.issuerMark), footer: mm(20), gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES, linePitch },
          titlePage: isLetter,
        },
        headers: isLetter ? { first: letterHeader(layout), default: new Header({ children: [] }), even: new Header({ children: [] }) } : {},
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even'), ...(isLetter ? { first: letterFirstFooter() } : {}) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
