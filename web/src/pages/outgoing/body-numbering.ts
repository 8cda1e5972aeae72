import { chineseNumeral } from '../../lib/article-number';

/**
 * The body of a document as structured text (GB/T 9704-2012 §7.3.3): paragraphs and headings of four levels,
 * numbered 一、 （一） 1. （1）. The numbering is part of the text as the drafter writes it; the editor only suggests it.
 */
export type HeadingLevel = 1 | 2 | 3 | 4;
export type BodyBlock = { kind: 'paragraph'; text: string } | { kind: 'heading'; level: HeadingLevel; text: string };

export const headingLevels: readonly HeadingLevel[] = [1, 2, 3, 4];

/** What each level is called and how its numbering looks, for the editor's buttons. */
export const levelNames: Record<HeadingLevel, string> = { 1: '一级标题', 2: '二级标题', 3: '三级标题', 4: '四级标题' };
export const levelSamples: Record<HeadingLevel, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };

/** The numbering of the n-th heading (from 1) of a level: 三、 （三） 3. （3）. */
export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

const numberings: Record<HeadingLevel, RegExp> = {
  1: /^[一二三四五六七八九十百]+、/,
  2: /^（[一二三四五六七八九十百]+）/,
  3: /^\d+\./,
  4: /^（\d+）/,
};

/** Whether a heading's text opens with the numbering its level requires (the server refuses one that does not). */
export function hasLevelNumbering(level: HeadingLevel, text: string): boolean {
  return numberings[level].test(text.trim());
}

/** The heading's text without its numbering. */
export function withoutNumbering(level: HeadingLevel, text: string): string {
  return text.trim().replace(numberings[level], '');
}

/**
 * The numbering the heading at `index` would have, counting the headings of its level since the last heading of a
 * higher level (a new 一、 starts the （一） over).
 */
export function suggestedNumber(blocks: readonly BodyBlock[], index: number, level: HeadingLevel): string {
  let n = 1;
  for (let i = index - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (!block || block.kind !== 'heading') continue;
    if (block.level < level) break;
    if (block.level === level) n += 1;
  }
  return headingNumber(level, n);
}

/** Every heading renumbered in order, keeping the text after its numbering. */
export function renumbered(blocks: readonly BodyBlock[]): BodyBlock[] {
  const result: BodyBlock[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') {
      result.push(block);
      return;
    }
    const text = hasLevelNumbering(block.level, block.text) ? withoutNumbering(block.level, block.text) : block.text.trim();
    result.push({ ...block, text: `${suggestedNumber(result, index, block.level)}${text}` });
  });
  return result;
}

/** A plain text (paragraphs separated by line breaks) as paragraphs, for pasting a draft in. */
export function paragraphsOf(text: string): BodyBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      for (const level of headingLevels) if (hasLevelNumbering(level, line)) return { kind: 'heading', level, text: line } as const;
      return { kind: 'paragraph', text: line } as const;
    });
}
