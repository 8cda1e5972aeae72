const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Writes an article number the way the rulebook does (53 → 五十三, 10 → 十, 104 → 一百零四), so a refusal reads
 * "第五十三条" exactly as the printed 《工作规则》 does.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) return String(n);
  if (n < 10) return digits[n]!;
  const units = ['', '十', '百', '千'];
  const parts: string[] = [];
  const chars = String(n).split('').map(Number);
  let pendingZero = false;
  chars.forEach((d, i) => {
    const unit = units[chars.length - 1 - i]!;
    if (d === 0) {
      pendingZero = parts.length > 0;
      return;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    parts.push(digits[d]! + unit);
  });
  const text = parts.join('');
  // 十五, not 一十五, for 10–19.
  return n >= 10 && n < 20 ? text.replace(/^一十/, '十') : text;
}

/** "第五十三条" for article 53. */
export function articleLabel(article: number): string {
  return `第${chineseNumeral(article)}条`;
}
