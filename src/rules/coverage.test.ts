import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesCommand, runRulesCommand } from './coverage-command.js';
import { articlesNamedIn, assertsArticle, computeCoverage, displayWidth, findTestTitles, formatCoverageTable } from './coverage.js';
import { loadRulebook } from './rulebook.js';
import type { CodeCarrier } from './code-carriers.js';

/**
 * Test sources are assembled at run time (`${fn}(…)`) so that this file's own text holds no test call naming
 * an article: the real coverage report reads this file too.
 */
const call = (fn: string, title: string, quote: string = "'", body = '') => `${fn}(${quote}${title}${quote}, () => {${body}});`;
/** A body that asserts a violation of article `n`, as a credited test must. */
const asserting = (fn: string, title: string, n: number) => call(fn, title, "'", ` expect(v).toMatchObject({ article: ${n} }); `);
const carrier = (ruleId: string, articles: number[], from = '2022-01-31', kind: CodeCarrier['kind'] = 'guard'): CodeCarrier => ({
  ruleId,
  kind,
  articles,
  file: 'src/domain/meetings/rules.ts',
  line: 10,
  site: 'rule',
  area: 'meetings',
  summary: '示例',
  effective: { from },
});

describe('规则覆盖 测试标题识别', () => {
  it('识别 describe/it/test 及其修饰写法的标题，三种引号', () => {
    const text = [
      call('describe', '甲'),
      call('it', '乙', '"'),
      call('test', '丙', '`'),
      call('it.skip', '丁'),
      call('describe.skipIf(!existsSync(p))', '戊'),
      call('it.each([1, 2])', '己 %s'),
      call('test.concurrent', "庚\\'s"),
      call('xit', '不算'),
      call('foo.it', '也不算'),
    ].join('\n');
    expect(findTestTitles(text)).toEqual(['甲', '乙', '丙', '丁', '戊', '己 %s', "庚's"]);
  });

  it('标题所称条文：中文条号、全角括号内阿拉伯条号、英文 art. 写法；条文范围不算', () => {
    expect(articlesNamedIn('第五十三条 议题提前5个工作日')).toEqual([53]);
    expect(articlesNamedIn('议题（第53条）')).toEqual([53]);
    expect(articlesNamedIn('topic lead time (art. 53)')).toEqual([53]);
    expect(articlesNamedIn('leave (arts. 82, 90)')).toEqual([82, 90]);
    expect(articlesNamedIn('第九条、第六十二条 补位')).toEqual([9, 62]);
    expect(articlesNamedIn('第1次常务会议')).toEqual([]);
  });

  it('标题所称多条与范围都读出：列举（、）与范围（至），中文与阿拉伯条号', () => {
    expect(articlesNamedIn('会议节奏（第四十八、四十九条）')).toEqual([48, 49]);
    expect(articlesNamedIn('常务会议全过程（第四十九、五十三至五十七条）')).toEqual([49, 53, 54, 55, 56, 57]);
    expect(articlesNamedIn('第八、四十七至五十条')).toEqual([8, 47, 48, 49, 50]);
    expect(articlesNamedIn('议题（第53至55条）')).toEqual([53, 54, 55]);
    expect(articlesNamedIn('第四十八条至第五十一条 各类会议的组成')).toEqual([48, 51]);
  });

  it('他法条文不计入：《民法典》所列各条跳过，列举中的后续条号随之跳过；写明本规则名称的照计', () => {
    expect(articlesNamedIn('期限（《民法典》第二百零一条、第二百零二条）')).toEqual([]);
    expect(articlesNamedIn('《全国年节及纪念日放假办法》第二条 法定节日；另见第九条')).toEqual([9]);
    expect(articlesNamedIn('《临淄区人民政府工作规则》第五十三条', '临淄区人民政府工作规则')).toEqual([53]);
    expect(articlesNamedIn('《临淄区人民政府工作规则》第五十三条')).toEqual([]);
    expect(articlesNamedIn('网络安全法第二十一条 审计记录留存不少于六个月')).toEqual([]);
    expect(articlesNamedIn('行政许可法第十二条、第十三条；本规则第二十三条')).toEqual([23]);
  });
});

describe('规则覆盖 测试体是否断言该条的违反或结果', () => {
  const title = '《临淄区人民政府工作规则》';
  const asserts = (body: string, article: number, ids: string[] = []) => assertsArticle(body, article, '', ids, title.slice(1, -1));

  it('断言中写明条号、本规则的“第某条”，或承载该条的规则编号（可带后缀），才计入', () => {
    expect(asserts('expect(v).toMatchObject({ article: 53 });', 53)).toBe(true);
    expect(asserts("await expect(op()).rejects.toMatchObject({ violations: [{ articles: [52, 53] }] });", 53)).toBe(true);
    expect(asserts("expect(r.message).toContain('第五十三条：议题');", 53)).toBe(true);
    expect(asserts("expect(ids(facts)).toEqual(['meetings.topic-lead-time:refusal']);", 53, ['meetings.topic-lead-time'])).toBe(true);
  });

  it('只在准备数据中出现条号、只读取参数值或其出处、他法条文、其他规则编号的，不计入', () => {
    expect(asserts('const f = { article: 53 }; expect(run(f)).toBe(true);', 53)).toBe(false);
    expect(asserts('const article = 90;', 90)).toBe(false);
    expect(asserts("expect(p.value).toBe(1); expect(p.citation).toBe('《临淄区人民政府工作规则》第六十条');", 60)).toBe(false);
    expect(asserts("expect(param(set, 'linzi', 'documents.countersignReplyWorkingDays', d)).toMatchObject({ value: 3, article: 68 });", 68)).toBe(false);
    expect(asserts("expect(p.cites).toEqual({ article: 71 });", 71)).toBe(false);
    expect(asserts("expect(err.message).toContain('网络安全法第二十一条');", 21)).toBe(false);
    expect(asserts("expect(ids).toEqual(['meetings.topic-lead-time-extra']);", 53, ['meetings.topic-lead-time'])).toBe(false);
  });
});

describe('规则覆盖 统计', () => {
  const sources = [
    { path: 'src/domain/meetings/topics.test.ts', text: [asserting('describe', '第五十三条 议题提前报送', 53), call('it', '超过时限拒绝（第53条）', "'", " expect(r.ruleId).toBe('meetings.topic-lead-time'); ")].join('\n') },
    { path: 'e2e/leave/leave.e2e.ts', text: call('test', 'report leave (art. 82)', "'", " expect(page.getByText('第八十二条')).toBeVisible(); ") },
    { path: 'test/x.test.ts', text: call('it', '第九十五条 不存在') },
    { path: 'src/rules/params.test.ts', text: call('it', '第四十九条 参数：超过二分之一', "'", " expect(param('meetings.executive.quorum').cites).toEqual({ article: 49 }); ") },
    { path: 'src/rules/nothing.test.ts', text: call('it', '第九十条 邀请', "'", ' const article = 90; ') },
  ];
  const coverage = computeCoverage({
    carriers: [carrier('meetings.topic-lead-time', [53], '2022-01-31', 'clock'), carrier('meetings.quorum', [49, 53]), carrier('only.flags', [64], '2022-01-31', 'flag'), carrier('future.rule', [12], '1999-01-01'), carrier('bad.cite', [120])],
    testSources: sources,
  });
  const row = (n: number) => coverage.articles[n - 1];

  it('每条：条号、主类型、承载者、测试标题与文件', () => {
    expect(coverage.articles).toHaveLength(94);
    expect(row(53)).toEqual({
      number: 53,
      numeral: '五十三',
      kind: 'clock',
      kinds: ['clock', 'guard'],
      status: 'carried',
      carriers: [carrier('meetings.topic-lead-time', [53], '2022-01-31', 'clock'), carrier('meetings.quorum', [49, 53])],
      tests: [
        { title: '第五十三条 议题提前报送', file: 'src/domain/meetings/topics.test.ts' },
        { title: '超过时限拒绝（第53条）', file: 'src/domain/meetings/topics.test.ts' },
      ],
    });
    expect(row(82)?.tests).toEqual([{ title: 'report leave (art. 82)', file: 'e2e/leave/leave.e2e.ts' }]);
    expect(row(1)).toMatchObject({ kind: 'advisory', status: 'advisory', carriers: [], tests: [] });
  });

  it('承载按规则库所定主类型计：只提示不拒绝的规则不算守卫，只有 flag 时为部分承载', () => {
    expect(row(64)?.status).toBe('partly');
    expect(row(49)?.status).toBe('carried');
    expect(row(50)?.status).toBe('uncarried');
  });

  it('合计：各类条数（来自规则库数据）、已承载、部分、已测试、倡导性、须承载未承载', () => {
    expect(coverage.totals).toEqual({
      articles: 94,
      byKind: { guard: 21, clock: 7, route: 15, record: 22, quota: 3, advisory: 26 },
      carried: 2,
      partly: 1,
      tested: 2,
      advisory: 26,
      uncarried: 66,
    });
  });

  it('只读取参数值、或不作断言的测试，标题称某条也不计入该条', () => {
    expect(row(49)?.tests).toEqual([]);
    expect(row(90)?.tests).toEqual([]);
    expect(coverage.uncreditedTests.map((t) => t.article)).toEqual([49, 90]);
  });

  it('引用不存在条文的承载者、所称条文不存在的测试另列', () => {
    expect(coverage.unknownCitations).toEqual([{ carrier: 'bad.cite', article: 120, file: 'src/domain/meetings/rules.ts', line: 10 }]);
    expect(coverage.strayTests).toEqual([{ title: '第九十五条 不存在', file: 'test/x.test.ts', article: 95 }]);
  });

  it('承载者施行期与规则版本不重叠的，不计入该版本', () => {
    const later = computeCoverage({ carriers: [carrier('later', [53], '2027-01-01', 'clock')], testSources: [] });
    expect(later.totals.carried).toBe(1);
    const only2022 = loadRulebook({
      id: 'tiny-2020',
      jurisdiction: { id: 'tiny', name: '某区' },
      title: '某区工作规则',
      issuer: '某区人民政府',
      issued: '2020-01-01',
      effective: { from: '2020-01-01', to: '2020-12-31' },
      articles: [{ number: 1, chapter: null, text: '一、甲。' }],
    });
    const none = computeCoverage({ carriers: [carrier('x', [1])], testSources: [], rulebook: only2022 });
    expect(none.totals.carried).toBe(0);
    expect(none.articles[0]?.kind).toBeNull();
  });

  it('表格按显示宽度对齐，末尾有合计', () => {
    const table = formatCoverageTable(coverage);
    const lines = table.split('\n');
    expect(lines[0]).toBe('《临淄区人民政府工作规则》（linzi-2022）规则覆盖');
    const rows = lines.filter((l) => /^\s*\d+ {2}第/.test(l));
    expect(rows).toHaveLength(94);
    // The 承载 column starts at the same display column on every row and in the header.
    const statusStart = (l: string) => displayWidth(l.slice(0, l.search(/已承载|部分|未承载|倡导性|承载/)));
    const header = lines.find((l) => l.startsWith('条'));
    expect(new Set([header, ...rows].map((l) => statusStart(l ?? ''))).size).toBe(1);
    expect(table).toContain(' 1  第一条      advisory');
    // Under each article, its carriers: what they do, the rule id, file:line.
    expect(table).toContain('      clock  meetings.topic-lead-time  src/domain/meetings/rules.ts:10');
    expect(table).toContain('      flag   only.flags  src/domain/meetings/rules.ts:10');
    expect(table).toContain('合计 94 条：guard 21 · clock 7 · route 15 · record 22 · quota 3 · advisory 26');
    expect(table).toContain('已承载 2 条（有本条主类型的代码位置）；须承载而未承载 66 条，其中只有其他类型承载者的 1 条（倡导性 26 条不强制）');
    expect(table).toContain('已测试 2 条');
    expect(table).toContain('注意：bad.cite（src/domain/meetings/rules.ts:10）引用的第120条不在本规则中');
  });

  it('显示宽度：汉字与全角符号占两列', () => {
    expect(displayWidth('第五十三条')).toBe(10);
    expect(displayWidth('ab（c）')).toBe(7);
  });
});

describe('规则覆盖 命令 zhengwu rules coverage', () => {
  const root = mkdtempSync(join(tmpdir(), 'zhengwu-rules-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', JSON.stringify({ name: 'zhengwu' }));
  write('src/domain/meetings/topics.test.ts', asserting('it', '第五十三条 议题', 53));
  write('src/domain/meetings/topics.ts', asserting('it', '第五十四条 非测试文件', 54));
  write('test/leave/leave.test.ts', asserting('it', '请假 (art. 82)', 82));
  write('e2e/events/invite.e2e.ts', asserting('test', '邀请（第90条）', 90));
  write('node_modules/pkg/x.test.ts', asserting('it', '第一条 依赖中的文件', 1));
  write('web/src/deep/package.json', JSON.stringify({ name: 'web' }));
  write('src/operations/meetings/absence.ts', "export const absent = () => refuseBy('meetings.absence-to-head', '须向区长请假');\n");

  const run = async (args: string[], cwd = root) => {
    let out = '';
    let err = '';
    const code = await runRulesCommand(args, { cwd, stdout: (t) => (out += t), stderr: (t) => (err += t) });
    return { code, out, err };
  };

  it('从子目录向上找到项目根，读取 src、test、e2e 下的测试文件', async () => {
    const { code, out } = await run(['coverage', '--json'], join(root, 'web', 'src', 'deep'));
    expect(code).toBe(0);
    const coverage = JSON.parse(out) as { articles: { number: number; tests: { file: string }[]; carriers: { ruleId: string; kind: string; file: string; line: number }[] }[] };
    const tested = coverage.articles.filter((a) => a.tests.length > 0).map((a) => [a.number, a.tests[0]?.file]);
    expect(tested).toEqual([
      [53, 'src/domain/meetings/topics.test.ts'],
      [82, 'test/leave/leave.test.ts'],
      [90, 'e2e/events/invite.e2e.ts'],
    ]);
    // Carriers are places in the project's own source: here the one refusal it has.
    const at55 = coverage.articles.find((a) => a.number === 55)?.carriers.filter((c) => c.file.startsWith('src/operations/'));
    expect(at55).toEqual([expect.objectContaining({ ruleId: 'meetings.absence-to-head', kind: 'guard', file: 'src/operations/meetings/absence.ts', line: 1 })]);
  });

  it('默认输出表格', async () => {
    const { code, out } = await run(['coverage']);
    expect(code).toBe(0);
    expect(out).toContain('已测试 3 条');
  });

  it('show：一条的原文、承载方式、每个承载位置（文件:行号、规则编号）、各时期参数值、测试', async () => {
    const { code, out } = await run(['show', '五十三']);
    expect(code).toBe(0);
    expect(out).toContain('《临淄区人民政府工作规则》第五十三条');
    expect(out).toContain('一般应于会前5个工作日');
    expect(out).toContain('承载方式：clock+guard');
    expect(out).toMatch(/meetings\.topicLeadWorkingDays = 5（working-day）.*2022年1月31日起（linzi-2022）.*由 meetings\.topic-lead-time 读取/);
    expect(out).toContain('src/domain/meetings/topics.test.ts  第五十三条 议题');
    const shown55 = JSON.parse((await run(['show', '第55条', '--json'])).out) as { number: number; kind: string; carriers: { ruleId: string; file: string; line: number }[] };
    expect(shown55).toMatchObject({ number: 55, kind: 'guard' });
    expect(shown55.carriers).toContainEqual(expect.objectContaining({ ruleId: 'meetings.absence-to-head', file: 'src/operations/meetings/absence.ts', line: 1 }));
  });

  it('show：条号有误返回 2，没有该条返回 1', async () => {
    expect((await run(['show'])).code).toBe(2);
    expect((await run(['show', '甲'])).code).toBe(2);
    expect((await run(['show', '53', '54'])).code).toBe(2);
    expect(await run(['show', '95'])).toMatchObject({ code: 1, err: expect.stringContaining('没有第95条') });
  });

  it('--help 显示用法；缺少或未知子命令、参数时返回 2', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, out: rulesCommand.usage });
    expect(await run(['coverage', '--help'])).toMatchObject({ code: 0 });
    expect((await run([])).code).toBe(2);
    expect(await run(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('未知子命令：frobnicate') });
    expect(await run(['coverage', '--csv'])).toMatchObject({ code: 2, err: expect.stringContaining('未知参数：--csv') });
  });

  it('不在项目内时返回 1', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'not-zhengwu-'));
    try {
      expect(await run(['coverage'], outside)).toMatchObject({ code: 1, err: expect.stringContaining('找不到项目根目录') });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('命令对象：名称 rules，带概要与用法', () => {
    expect(rulesCommand.name).toBe('rules');
    expect(rulesCommand.summary.length).toBeGreaterThan(0);
    expect(rulesCommand.usage).toContain('zhengwu rules');
  });
});
