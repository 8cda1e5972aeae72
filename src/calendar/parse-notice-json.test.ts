import { describe, expect, it } from 'vitest';

import { DomainError } from '../domain/errors.js';
import { parseNoticeJson } from './parse-notice-json.js';

const valid = {
  year: 2027,
  source: {
    title: '国务院办公厅关于2027年部分节假日安排的通知',
    documentNumber: null,
    issuedOn: '2026-11-05',
    url: null,
  },
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-12' },
  ],
  adjustedWorkingDays: [{ date: '2027-02-20', holidayName: '春节' }],
};

function problemsOf(input: unknown): { message: string; problems: string[] } {
  try {
    parseNoticeJson(typeof input === 'string' ? input : JSON.stringify(input));
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const domainError = error as DomainError;
    expect(domainError.code).toBe('invalid_input');
    return { message: domainError.message, problems: (domainError.details?.problems as string[] | undefined) ?? [] };
  }
  throw new Error('expected parseNoticeJson to refuse the input');
}

describe('工作日历 导入放假安排JSON', () => {
  it('合格的通知读入为imported年度，缺省字段取默认值', () => {
    expect(parseNoticeJson(JSON.stringify(valid))).toEqual({
      ...valid,
      origin: 'imported',
      amendments: [],
      notes: [],
    });
  });

  it('不是JSON时提示“不是有效的JSON”', () => {
    expect(problemsOf('{year: 2027').message).toMatch(/^节假日安排文件不是有效的JSON/);
  });

  it('字段缺失、类型不符、日期无效、未知字段时逐项以中文列出', () => {
    const { message, problems } = problemsOf({
      year: '2027',
      source: { documentNumber: null },
      holidays: [{ name: '', from: '2027-02-30', to: '2027-1-3' }],
      adjustedWorkDays: [],
    });
    expect(message).toMatch(/^节假日安排文件有误：1\. /);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^年份：年份应为数字/),
        expect.stringMatching(/^通知的标题：/),
        expect.stringMatching(/^放假安排第1项的节日名称：节日名称不能为空/),
        '放假安排第1项的起始日期：“2027-02-30”不是YYYY-MM-DD格式的有效日期',
        '放假安排第1项的结束日期：“2027-1-3”不是YYYY-MM-DD格式的有效日期',
        '文件：出现未知字段“adjustedWorkDays”（字段名区分大小写，见src/calendar/README.md）',
      ]),
    );
  });

  it('没有任何放假安排时拒绝', () => {
    expect(problemsOf({ ...valid, holidays: [] }).problems).toEqual(['放假安排：至少应有一项放假安排']);
  });

  it('调休上班日不是周末时拒绝', () => {
    const { problems } = problemsOf({ ...valid, adjustedWorkingDays: [{ date: '2027-02-15', holidayName: '春节' }] });
    expect(problems).toEqual(['第1个调休上班日（2027年2月15日）是星期一，调休上班日必须是周六或周日']);
  });

  it('日期不在该年度内时拒绝', () => {
    const { problems } = problemsOf({ ...valid, holidays: [{ name: '国庆节', from: '2028-10-01', to: '2028-10-07' }] });
    expect(problems).toEqual(['第1项放假安排（国庆节）的日期2028年10月1日至2028年10月7日不在2027年内（元旦前后的安排可始于2026年12月25日）']);
  });

  it('放假与调休上班落在同一天、放假区间重叠时拒绝', () => {
    const { problems } = problemsOf({
      ...valid,
      holidays: [...valid.holidays, { name: '春节', from: '2027-02-12', to: '2027-02-13' }],
      adjustedWorkingDays: [{ date: '2027-02-06', holidayName: '春节' }],
    });
    expect(problems).toEqual([
      '2027年2月12日同时属于“春节”和“春节”两项放假安排，放假区间不得重叠',
      '第1个调休上班日（2027年2月6日）落在“春节”放假期间，同一天不能既放假又上班',
    ]);
  });

  it('通知网址只接受 http:// 与 https://', () => {
    const withUrl = (url: string) => ({ ...valid, source: { ...valid.source, url } });
    expect(parseNoticeJson(JSON.stringify(withUrl('https://www.gov.cn/zhengce/content/2027.htm'))).source.url).toBe('https://www.gov.cn/zhengce/content/2027.htm');
    expect(parseNoticeJson(JSON.stringify(withUrl('http://www.gov.cn/a'))).source.url).toBe('http://www.gov.cn/a');
    expect(problemsOf(withUrl('javascript:alert(1)')).problems).toEqual(['通知的网址“javascript:alert(1)”无效：只接受以 http:// 或 https:// 开头的网址']);
    for (const url of ['JAVASCRIPT:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', 'www.gov.cn', 'https://', 'https://www.gov.cn/a\u0000b', 'https://www.gov.cn/a b']) {
      expect(problemsOf(withUrl(url)).problems, url).toHaveLength(1);
    }
    const amended = { ...valid, amendments: [{ title: '补充通知', url: 'javascript:void(0)' }] };
    expect(problemsOf(amended).problems).toEqual(['后续修改通知第1项的网址“javascript:void(0)”无效：只接受以 http:// 或 https:// 开头的网址']);
  });

  it('起始日期晚于结束日期时拒绝', () => {
    const { problems } = problemsOf({ ...valid, holidays: [{ name: '元旦', from: '2027-01-03', to: '2027-01-01' }] });
    expect(problems).toEqual(['第1项放假安排（元旦）的起始日期2027年1月3日晚于结束日期2027年1月1日']);
  });
});
