import { createHash } from 'node:crypto';
import { CHINESE_NUMERAL_CHARS, articleLabel, fromChineseNumeral, toChineseNumeral } from './chinese-numerals.js';
import type { Article, Chapter, RulebookQuirk } from './types.js';

/** What `parseRulebookText` finds in a rulebook's source text. */
export type ParsedRulebookText = {
  /** Everything before the first chapter or article (the issuing notice and the title), trimmed. */
  preamble: string;
  chapters: readonly Chapter[];
  articles: readonly Article[];
  quirks: readonly RulebookQuirk[];
  /** The colophon (版记: 抄送 … 印发) after the last article, trimmed; empty if there is none. */
  colophon: string;
};

/** The source cannot be read as a rulebook (articles out of sequence, none at all). */
export class RulebookParseError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(line === undefined ? message : `第${line}行：${message}`);
    this.name = 'RulebookParseError';
    this.line = line;
  }
}

const NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;
/** 五十三、… (this rulebook's style) or 第五十三条 … (the style of regulations). */
const ARTICLE_START = new RegExp(`^(?:(第)(${NUMERAL})条|(${NUMERAL})、)`);
const CHAPTER_HEADING = new RegExp(`^第(${NUMERAL})章(?:[\\s\\u3000]+(.*))?$`);
const COLOPHON_START = /^(?:抄送|印送|分送)[：:]/;
/** A heading is short and has no sentence punctuation; body lines always do. List items (（一）…) are no heading. */
const SENTENCE_PUNCTUATION = /[。；：，、！？;:,!?]/;
const LIST_ITEM = /^[（(]/;
const MAX_HEADING_LENGTH = 20;

/** SHA-256 (hex) of an article's exact text, UTF-8. */
export function hashArticleText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** An article's text split on newlines, each line trimmed, empty ones dropped. */
export function splitParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

type Line = { start: number; end: number; text: string; number: number };

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let number = 1; ; number++) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    lines.push({ start, end, text: source.slice(start, end), number });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

type OpenArticle = { number: number; numeral: string; chapter: Chapter | null; start: number; end: number };

/**
 * Splits a rulebook's source into chapters and articles, keeping every article's text exactly as the source has
 * it. An article runs from its numeral to its last non-blank line before the next article, chapter heading or
 * the colophon; leading indentation before the numeral (article 52 of the 2022 Linzi rules starts with a
 * full-width space) is not part of the text and is recorded as a quirk. A short unpunctuated line between
 * articles, such as "工作补位制度" with its "第十章" missing, is a chapter heading without a number: it gets the
 * next chapter number, a null title, and a quirk. Articles must run 1, 2, 3, … without a gap.
 */
export function parseRulebookText(source: string): ParsedRulebookText {
  const lines = splitLines(source);
  const chapters: Chapter[] = [];
  const articles: Article[] = [];
  const quirks: RulebookQuirk[] = [];
  const unnumberedHeadings: { chapter: Chapter; heading: string }[] = [];
  let chapter: Chapter | null = null;
  let open: OpenArticle | undefined;
  let bodyStart: number | undefined;
  let colophon = '';

  const close = (): void => {
    if (!open) return;
    const text = source.slice(open.start, open.end).trimEnd();
    articles.push({
      number: open.number,
      numeral: open.numeral,
      chapter: open.chapter,
      text,
      paragraphs: splitParagraphs(text),
      hash: hashArticleText(text),
    });
    open = undefined;
  };
  const isBlank = (line: Line | undefined): boolean => line === undefined || line.text.trim() === '';

  for (const [index, line] of lines.entries()) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;

    if (open && COLOPHON_START.test(trimmed)) {
      close();
      colophon = source.slice(line.start).trim();
      break;
    }

    const chapterMatch = CHAPTER_HEADING.exec(trimmed);
    if (chapterMatch) {
      close();
      const number = fromChineseNumeral(chapterMatch[1] ?? '');
      if (number === undefined) throw new RulebookParseError(`章序号“${chapterMatch[1] ?? ''}”无法识别`, line.number);
      const expected: number = (chapter?.number ?? 0) + 1;
      if (number !== expected) {
        quirks.push({
          code: 'chapter-number-gap',
          message: `原文章序号由第${toChineseNumeral(expected - 1)}章跳至第${toChineseNumeral(number)}章；按原文保留`,
        });
      }
      chapter = { number, title: chapterMatch[2]?.trim() || null };
      chapters.push(chapter);
      bodyStart ??= line.start;
      continue;
    }

    const leading = line.text.length - line.text.trimStart().length;
    const articleMatch = ARTICLE_START.exec(trimmed);
    if (articleMatch) {
      const numeral = articleMatch[2] ?? articleMatch[3] ?? '';
      const number = fromChineseNumeral(numeral);
      const expected: number = articles.length + (open ? 2 : 1);
      if (number === expected) {
        close();
        if (leading > 0) {
          quirks.push({
            code: 'indented-article',
            message: `${articleLabel(number)}行首有缩进（原文排版如此）；条文自“${articleMatch[0]}”起算，缩进不计入条文`,
          });
        }
        open = { number, numeral, chapter, start: line.start + leading, end: line.end };
        bodyStart ??= line.start;
        continue;
      }
      // Before the first article a list item may look like one; inside the body a wrong number is a defect.
      if (open) throw new RulebookParseError(`条序号“${numeral}”不连续，应为“${toChineseNumeral(expected)}”`, line.number);
    }

    if (open) {
      const isHeading =
        chapter !== null &&
        trimmed.length <= MAX_HEADING_LENGTH &&
        !SENTENCE_PUNCTUATION.test(trimmed) &&
        !LIST_ITEM.test(trimmed) &&
        isBlank(lines[index - 1]) &&
        isBlank(lines[index + 1]);
      if (isHeading) {
        close();
        chapter = { number: (chapter?.number ?? 0) + 1, title: null };
        chapters.push(chapter);
        unnumberedHeadings.push({ chapter, heading: trimmed });
        continue;
      }
      open.end = line.end;
    }
  }
  close();

  if (articles.length === 0) throw new RulebookParseError('未找到任何条文（应以“一、”或“第一条”开头）');

  for (const { chapter: unnamed, heading } of unnumberedHeadings) {
    const inChapter = articles.filter((a) => a.chapter === unnamed).map((a) => articleLabel(a.number));
    quirks.push({
      code: 'missing-chapter-heading',
      message: `原文缺少“第${toChineseNumeral(unnamed.number)}章”标题，${inChapter.join('、')}所在章节（${heading}）未编号；按原文保留`,
    });
  }

  return {
    preamble: source.slice(0, bodyStart ?? 0).trim(),
    chapters,
    articles,
    quirks,
    colophon,
  };
}
