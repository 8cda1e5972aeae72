/**
 * The style of the platform's Chinese messages, checked in the source: dates as 2026年3月5日 (never 2026-03-05),
 * Chinese quotation marks “ ” (never ASCII "), and a fraction written one way in one sentence (二分之一 or
 * 1/2, as the rulebook writes it, never both). Reads string literals and template literals that contain
 * Chinese; an interpolated value named like a date (`${eventDate}`, `${report.startDate}`, `${asOf}`) that is
 * not passed through `chineseDate(…)` is an ISO date on screen.
 */

export type StyleOffence = { file: string; line: number; rule: 'iso-date' | 'ascii-quote' | 'mixed-fraction'; text: string };

const CJK = /[\u4e00-\u9fa5]/;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
/** The last segment of an interpolated path that names a day: eventDate, startDate, reportedOn, asOf, from, to, today, month. */
const DATE_NAME = /(?:^|\.|\?\.)(?:\w*Date|\w+On|asOf|from|to|start|end|today|day|date|month|due|dueOn)$|(?<![\w.])fromDayNumber\s*\(/;

type Literal = { start: number; raw: string; expressions: string[] };

/** Whether a `/` at `i` starts a regular expression (after an operator or opening bracket), not a division. */
function startsRegex(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j] ?? '')) j--;
  if (j < 0) return true;
  const prev = text[j] ?? '';
  if (/[(,=:[!&|?{};+\-*%<>~^]/.test(prev)) return true;
  return /\b(?:return|typeof|case|of|in)$/.test(text.slice(Math.max(0, j - 6), j + 1));
}

/** String and template literals of a TypeScript text, comments and regular expressions skipped. */
export function stringLiterals(text: string): Literal[] {
  const out: Literal[] = [];
  let i = 0;
  const template = (from: number): number => {
    // `from` is just past the opening backtick; returns the index past the closing one.
    let raw = '';
    const expressions: string[] = [];
    let k = from;
    while (k < text.length && text[k] !== '`') {
      if (text[k] === '\\') {
        raw += text.slice(k, k + 2);
        k += 2;
      } else if (text[k] === '$' && text[k + 1] === '{') {
        let depth = 1;
        let e = k + 2;
        while (e < text.length && depth > 0) {
          if (text[e] === '{') depth++;
          else if (text[e] === '}') depth--;
          else if (text[e] === '`') e = template(e + 1) - 1;
          else if (text[e] === "'" || text[e] === '"') {
            const q = text[e];
            e++;
            while (e < text.length && text[e] !== q) e += text[e] === '\\' ? 2 : 1;
          }
          e++;
        }
        const expr = text.slice(k + 2, e - 1);
        expressions.push(expr);
        raw += '${' + expr + '}';
        k = e;
      } else raw += text[k++];
    }
    out.push({ start: from - 1, raw, expressions });
    return k + 1;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (ch === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) < 0 ? text.length : text.indexOf('*/', i + 2) + 2;
    else if (ch === '/' && startsRegex(text, i)) {
      let inClass = false;
      i++;
      while (i < text.length && text[i] !== '\n' && (text[i] !== '/' || inClass)) {
        if (text[i] === '\\') i++;
        else if (text[i] === '[') inClass = true;
        else if (text[i] === ']') inClass = false;
        i++;
      }
      i++;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out.push({ start: i, raw: text.slice(i + 1, j), expressions: [] });
      i = j + 1;
    } else if (ch === '`') i = template(i + 1);
    else i++;
  }
  return out;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text[i] === '\n') line++;
  return line;
}

/** The offences against the message style in one source file's Chinese literals. */
export function messageStyleOffences(file: string, text: string): StyleOffence[] {
  const out: StyleOffence[] = [];
  for (const lit of stringLiterals(text)) {
    const plain = lit.raw.replace(/\$\{[^}]*\}/g, '');
    // A file name (审计记录-2026-03-05.xlsx) is not a sentence.
    if (!CJK.test(plain) || /\.[a-z]{3,4}$/.test(lit.raw)) continue;
    const at = { file, line: lineAt(text, lit.start), text: lit.raw.length > 80 ? `${lit.raw.slice(0, 80)}…` : lit.raw };
    // `${day}日`, `${month}月`: a number of a Chinese date, not an ISO one.
    // What a user typed, quoted back as typed (日期“${date}”无效), is not a date the platform writes.
    const escaped = (e: string) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const isNumberOfDate = (e: string) => new RegExp(String.raw`\$\{${escaped(e)}\}[日号月]|“\$\{${escaped(e)}\}”`).test(lit.raw);
    const datedExpression = lit.expressions.some((e) => DATE_NAME.test(e.trim()) && !/chineseDate\s*\(/.test(e) && !isNumberOfDate(e));
    if (ISO_DATE.test(plain) || datedExpression) out.push({ ...at, rule: 'iso-date' });
    if (/"/.test(plain.replace(/\\"/g, '"'))) out.push({ ...at, rule: 'ascii-quote' });
    if (/分之/.test(lit.raw) && /\d\s*\/\s*\d|\}\s*\/\s*\$\{/.test(lit.raw)) out.push({ ...at, rule: 'mixed-fraction' });
  }
  return out;
}
