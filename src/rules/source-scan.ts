/**
 * Just enough reading of TypeScript source to find carriers and assertions in it: object literals and the
 * arguments of calls, skipping strings, template literals and comments. Not a parser; it only has to be right
 * on this project's own code, which the tests in code-carriers.test.ts check.
 */

/** An object literal (or block) in a text: from its `{` through its `}`, and its own text without nested braces. */
export type ObjectSpan = { start: number; end: number; direct: string };

/** Index just past the string, template or comment starting at `i`, or `i` if none starts there. */
function skipNonCode(text: string, i: number): number {
  const ch = text[i];
  if (ch === "'" || ch === '"') {
    let j = i + 1;
    while (j < text.length && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (ch === '/' && text[i + 1] === '/') {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  if (ch === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  return i;
}

/**
 * Every `{ … }` in `text` with its span and its direct text (nested braces blanked out, strings kept): a
 * finding `{ severity: 'flag', message: … }` is told from the object around it. Template literals are entered
 * so that `${ … }` inside them is code.
 */
export function scanObjects(text: string): ObjectSpan[] {
  type Frame = { kind: 'brace'; start: number; children: [number, number][] } | { kind: 'template' } | { kind: 'interp' };
  const spans: ObjectSpan[] = [];
  const stack: Frame[] = [];
  const top = () => stack[stack.length - 1];
  let i = 0;
  while (i < text.length) {
    const frame = top();
    if (frame?.kind === 'template') {
      const ch = text[i];
      if (ch === '\\') i += 2;
      else if (ch === '`') {
        stack.pop();
        i++;
      } else if (ch === '$' && text[i + 1] === '{') {
        stack.push({ kind: 'interp' });
        i += 2;
      } else i++;
      continue;
    }
    const skipped = skipNonCode(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const ch = text[i];
    if (ch === '`') stack.push({ kind: 'template' });
    else if (ch === '{') stack.push({ kind: 'brace', start: i, children: [] });
    else if (ch === '}') {
      const closed = stack.pop();
      if (closed?.kind === 'brace') {
        let direct = '';
        let from = closed.start + 1;
        for (const [s, e] of closed.children) {
          direct += text.slice(from, s);
          from = e;
        }
        direct += text.slice(from, i);
        spans.push({ start: closed.start, end: i + 1, direct });
        const parent = [...stack].reverse().find((f) => f.kind === 'brace');
        if (parent?.kind === 'brace') parent.children.push([closed.start, i + 1]);
      }
    }
    i++;
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The index just past the `)` closing the `(` at `open`, skipping strings, templates and comments. */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < text.length) {
    const skipped = skipNonCode(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const ch = text[i];
    if (ch === '`') {
      // A template: skip to its end, counting `${ … }` nesting.
      i++;
      let interp = 0;
      while (i < text.length && !(text[i] === '`' && interp === 0)) {
        if (text[i] === '\\') i++;
        else if (text[i] === '$' && text[i + 1] === '{') {
          interp++;
          i++;
        } else if (text[i] === '}' && interp > 0) interp--;
        i++;
      }
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
    i++;
  }
  return text.length;
}

/** 1-based line of an index. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * The text of every assertion in a test body: each `expect(…)` with the matcher chain after it
 * (`.rejects.toMatchObject({ … })`), so that a fixture's `article: 53` is not mistaken for an expectation.
 */
export function assertionTexts(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/(?<![\w$.])expect\s*(?:\.\s*\w+\s*)?\(/g)) {
    let end = closingParen(body, m.index + m[0].length - 1);
    for (;;) {
      const chain = /^\s*\.\s*\w+/.exec(body.slice(end));
      if (!chain) break;
      end += chain[0].length;
      const open = /^\s*\(/.exec(body.slice(end));
      if (open) end = closingParen(body, end + open[0].length - 1);
    }
    out.push(body.slice(m.index, end));
  }
  return out;
}
