import { describe, expect, it } from 'vitest';
import { countersignGaps, isFullySigned } from './countersign.js';

describe('第五十二条、第六十四条 会签：相关单位主要负责人签署，有分歧的列明理据', () => {
  const related = ['czj', 'zrj', 'zjj'];

  it('尚未会签的单位逐一列出；全部签署后才算会签完成', () => {
    const signatures = [{ unitId: 'czj', isAgreed: true, grounds: null }];
    expect(countersignGaps(related, signatures).unsigned).toEqual(['zrj', 'zjj']);
    expect(isFullySigned(related, signatures)).toBe(false);
    const all = related.map((unitId) => ({ unitId, isAgreed: true, grounds: null }));
    expect(countersignGaps(related, all)).toEqual({ unsigned: [], groundless: [], disagreeing: [] });
    expect(isFullySigned(related, all)).toBe(true);
  });

  it('不同意而未列理据的单位另列；列了理据的只算有分歧', () => {
    const gaps = countersignGaps(related, [
      { unitId: 'czj', isAgreed: false, grounds: '  ' },
      { unitId: 'zrj', isAgreed: false, grounds: '用地指标不足' },
      { unitId: 'zjj', isAgreed: false, grounds: null },
    ]);
    expect(gaps).toEqual({ unsigned: [], groundless: ['czj', 'zjj'], disagreeing: ['czj', 'zrj', 'zjj'] });
  });

  it('没有相关单位的，无须会签', () => {
    expect(isFullySigned([], [])).toBe(true);
  });
});
