import { TextRun } from 'docx';
import { chineseDate } from '../../../calendar/index.js';

/**
 * The measurements of GB/T 9704-2012 in the units Word counts in. One place, so the 文件式, 信函式, 纪要式 and
 * the 收文处理笺 cannot drift apart.
 */

/** Millimetres to twips (1/1440 inch). */
export const mm = (value: number): number => Math.round((value / 25.4) * 1440);

/** Chinese type sizes in half-points: 初号 42 pt, 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const size = { chu: 84, er: 44, san: 32, si: 28 } as const;

export const fonts = { title: '方正小标宋简体', body: '仿宋_GB2312', kai: '楷体_GB2312', hei: '黑体', song: '宋体' } as const;

export const red = 'FF0000';

/** U+3000, the full-width space: one character of indent or gap, as typed in Chinese documents. */
export const ideographicSpace = '\u3000';

export const page = { width: mm(210), height: mm(297), top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;

/** The 版心: 156 × 225 mm. */
export const typeArea = { width: page.width - page.left - page.right, height: page.height - page.top - page.bottom } as const;

/**
 * One grid line: 225 mm / 22 lines = 28.99 pt, rounded down to 579 twips so that 22 lines always fit (the value
 * the common GB/T 9704 templates use).
 */
export const linePitch = 579;

/**
 * One grid character: 156 mm / 28 = 15.79 pt. A 三号 character is 16 pt, so every run is tightened by 0.25 pt
 * (character spacing −5 twips) to 15.75 pt: 28 characters then take 441 pt of the 442 pt line in Word, WPS and
 * LibreOffice alike. (A `linesAndChars` grid with a negative charSpace does this in Word, but LibreOffice puts
 * every 16 pt character in two 15.79 pt cells and prints 15 characters a line, so the grid here is `lines` and
 * the characters are narrowed explicitly.)
 */
export const characterSpacing = -5;
export const char = 320 + characterSpacing * 1; // one 三号 character plus its spacing: 315 twips
/** One 四号 character (版记, page numbers). */
export const smallChar = 280;

/** Exact line spacing of n grid lines. */
export const lines = (n = 1) => ({ line: Math.round(linePitch * n), lineRule: 'exact' as const });

export type RunStyle = { font?: string; size?: number; color?: string; bold?: boolean };

/** A run whose east-Asian font is named as well, so WPS and Word pick the Chinese face. */
export const run = (text: string, style: RunStyle = {}): TextRun => {
  const font = style.font ?? fonts.body;
  return new TextRun({
    text,
    font: { eastAsia: font, ascii: font, hAnsi: font, cs: font },
    size: style.size ?? size.san,
    ...(style.color ? { color: style.color } : {}),
    ...(style.bold ? { bold: true } : {}),
  });
};

/**
 * Width of a text in characters of its size: CJK and full-width count 1, ASCII digits and letters ½, and each
 * change between the two ¼ more (Word, WPS and LibreOffice all space Chinese from Western text by default).
 */
export const widthInChars = (text: string): number => {
  const chars = [...text];
  const isNarrow = (ch: string) => ch.charCodeAt(0) < 0x2000;
  return chars.reduce((sum, ch, i) => sum + (isNarrow(ch) ? 0.5 : 1) + (i > 0 && isNarrow(ch) !== isNarrow(chars[i - 1] ?? ch) ? 0.25 : 0), 0);
};

/** "2026年12月2日" from an ISO date, or from an instant on its day in Beijing; other text is kept as written. */
export const dateText = (value: string): string => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return chineseDate(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) return chineseDate(new Date(value));
  return value;
};

/**
 * The styles part every rendered document uses: 3号仿宋 in Chinese (zh-CN, so Chinese glyph forms are chosen),
 * characters tightened to the 28-character grid, exact 28.95 pt lines. Paragraphs do not snap to the section's
 * line grid: their exact line spacing already is the grid's pitch, and LibreOffice, unlike Word, would otherwise
 * stretch any line taller than one pitch to two and shift the 标志 and 发文字号 off the places the standard gives
 * them.
 */
export const stylesXml = (defaultSize: number = size.san, lineTwips: number = linePitch): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:docDefaults><w:rPrDefault><w:rPr>` +
  `<w:rFonts w:ascii="${fonts.body}" w:eastAsia="${fonts.body}" w:hAnsi="${fonts.body}" w:cs="${fonts.body}"/>` +
  `<w:spacing w:val="${characterSpacing}"/><w:sz w:val="${defaultSize}"/><w:szCs w:val="${defaultSize}"/>` +
  `<w:lang w:val="zh-CN" w:eastAsia="zh-CN" w:bidi="ar-SA"/>` +
  `</w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${lineTwips}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>` +
  `</w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `</w:styles>`;
