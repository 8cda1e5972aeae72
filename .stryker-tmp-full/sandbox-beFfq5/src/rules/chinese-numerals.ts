// @ts-nocheck
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT_VALUES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral (as used for article and chapter numbers) may contain, for regexes. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/**
 * Writes 0 … 9999 the way Chinese documents number articles and chapters: 十, 十一, 二十, 五十三, 一百零一,
 * 一百一十. Throws a RangeError for anything else (article numbers never need more).
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`toChineseNumeral: ${n} is not an integer in 0…9999`);
  if (n === 0) return DIGITS[0];
  const places: readonly [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let pendingZero = false;
  for (const [value, unit] of places) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += DIGITS[0];
    pendingZero = false;
    // 十一 … 十九 drop the leading 一, but 一百一十 keeps it.
    const digitChar = value === 10 && digit === 1 && out === '' ? '' : DIGITS[digit];
    out += `${digitChar ?? ''}${unit}`;
  }
  return out;
}

/**
 * Reads a Chinese numeral back: 五十三 → 53, 一百零一 → 101, also 〇 and 两 and the long form 一十.
 * Returns undefined for anything that is not a well-formed numeral (empty, 五三, 百, 十十).
 */
export function fromChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Number.POSITIVE_INFINITY;
  let previous: 'start' | 'digit' | 'zero' | 'unit' = 'start';
  let digitAfterZero = false;
  for (const ch of text) {
    const d = DIGIT_VALUES[ch];
    if (d !== undefined) {
      if (previous === 'digit') return undefined;
      if (d === 0) {
        if (previous === 'start' && text.length > 1) return undefined;
        previous = 'zero';
        digit = undefined;
        continue;
      }
      digitAfterZero = previous === 'zero';
      digit = d;
      previous = 'digit';
      continue;
    }
    const unit = UNIT_VALUES[ch];
    if (unit === undefined || unit >= lastUnit) return undefined;
    if (digit === undefined) {
      // Only 十 may stand without a digit, and only at the start: 十 = 10, 十三 = 13.
      if (unit !== 10 || previous !== 'start') return undefined;
      digit = 1;
    }
    total += digit * unit;
    digit = undefined;
    lastUnit = unit;
    previous = 'unit';
  }
  if (previous === 'zero' && text.length > 1) return undefined;
  // 一百五 is colloquially 150, not 105: refuse the ambiguity rather than guess.
  if (digit !== undefined && lastUnit > 10 && lastUnit !== Number.POSITIVE_INFINITY && !digitAfterZero) return undefined;
  return total + (digit ?? 0);
}

/** 第五十三条 for 53. */
export function articleLabel(n: number): string {
  return `第${toChineseNumeral(n)}条`;
}

/** 第八章 for 8. */
export function chapterLabel(n: number): string {
  return `第${toChineseNumeral(n)}章`;
}
