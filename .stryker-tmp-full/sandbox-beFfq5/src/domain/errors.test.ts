// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { DomainError, found, invalid, notFound, refuse } from './errors.js';

describe('领域错误码', () => {
  it('DomainError 带码、违规与细节，名称固定', () => {
    const e = new DomainError('conflict', '已变更', { details: { currentVersion: 2 } });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DomainError');
    expect(e.code).toBe('conflict');
    expect(e.message).toBe('已变更');
    expect(e.violations).toEqual([]);
    expect(e.details).toEqual({ currentVersion: 2 });
    expect(new DomainError('forbidden', 'x').details).toBeUndefined();
  });

  it('refuse 以第一项违规的文字拒绝，附全部违规；无违规时用通用文字', () => {
    const violations = [
      { ruleId: 'a.b', article: 64, message: '第一', severity: 'refusal' as const },
      { ruleId: 'a.c', article: 65, message: '第二', severity: 'refusal' as const },
    ];
    try {
      refuse(violations);
    } catch (e) {
      expect((e as DomainError).code).toBe('rule_violation');
      expect((e as DomainError).message).toBe('第一');
      expect((e as DomainError).violations).toEqual(violations);
    }
    expect(() => refuse([])).toThrow('违反工作规则');
    expect.assertions(4);
  });

  it('notFound / invalid / found', () => {
    expect(() => notFound('公文')).toThrow('公文不存在或无权查看');
    try {
      notFound('公文');
    } catch (e) {
      expect((e as DomainError).code).toBe('not_found');
    }
    try {
      invalid('日期有误', { field: 'date' });
    } catch (e) {
      expect((e as DomainError).code).toBe('invalid_input');
      expect((e as DomainError).message).toBe('日期有误');
      expect((e as DomainError).details).toEqual({ field: 'date' });
    }
    try {
      invalid('日期有误');
    } catch (e) {
      expect((e as DomainError).details).toBeUndefined();
    }
    expect(found(0, '值')).toBe(0);
    expect(found('', '值')).toBe('');
    expect(() => found(undefined, '会议')).toThrow('会议不存在或无权查看');
    expect(() => found(null, '会议')).toThrow('会议不存在或无权查看');
  });
});
