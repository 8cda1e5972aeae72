import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectCoverage } from './coverage-command.js';
import type { Coverage } from './coverage.js';
import { findProjectRoot } from './project-root.js';

/**
 * The totals of `zhengwu rules coverage` against the code and tests, by hand. Five articles whose carriers were
 * read in the code one by one; other articles change while the areas are refitted, so each check here asks
 * for what was verified and lets more be added (not lines: they move when a file is edited above them).
 */
const root = findProjectRoot(process.cwd()) ?? process.cwd();
let coverage: Coverage;
beforeAll(async () => {
  coverage = await projectCoverage(root);
});

const row = (n: number) => {
  const a = coverage.articles.find((x) => x.number === n);
  if (!a) throw new Error(`no article ${n}`);
  return a;
};
const carriers = (n: number) => row(n).carriers.map(({ kind, ruleId, file }) => ({ kind, ruleId, file }));
const testFiles = (n: number) => [...new Set(row(n).tests.map((t) => t.file))];

describe('规则覆盖 抽查五条：合计与代码、测试一致', () => {
  it('五十五条（请假须向区长请假）：attendance.ts 中的 refuseBy 为守卫，会议声明中的请假动作为流转', () => {
    expect(row(55)).toMatchObject({ kind: 'guard', kinds: ['guard', 'record'], status: 'carried' });
    expect(carriers(55)).toEqual(
      expect.arrayContaining([
        { kind: 'guard', ruleId: 'meetings.absence-to-head', file: 'src/operations/meetings/attendance.ts' },
        { kind: 'route', ruleId: 'meeting.request_absence', file: 'src/domain/meetings/case.ts' },
      ]),
    );
    expect(testFiles(55)).toEqual(expect.arrayContaining(['src/domain/meetings/case.table.test.ts', 'test/meetings/meetings.test.ts']));
  });

  it('六十二条（补位）：领导事项的办理动作与期限时钟、补位登记的审计记录', () => {
    expect(row(62)).toMatchObject({ kind: 'route', status: 'carried' });
    expect(carriers(62)).toEqual(
      expect.arrayContaining([
        { kind: 'route', ruleId: 'leader_item.handle', file: 'src/domain/leave/case.ts' },
        { kind: 'clock', ruleId: 'cover.route-urgent-items', file: 'src/domain/leave/case.ts' },
        { kind: 'record', ruleId: 'org.cover_pair.create', file: 'src/operations/org/set-cover-pair.ts' },
      ]),
    );
    expect(testFiles(62)).toEqual(expect.arrayContaining(['test/leave/leave-and-cover.test.ts', 'test/documents/incoming.test.ts']));
  });

  it('六十三条（互相补位不同时外出、区长另行安排）：请假规则与 assign-cover.ts 的拒绝', () => {
    expect(row(63)).toMatchObject({ kind: 'guard', status: 'carried' });
    expect(carriers(63)).toEqual(
      expect.arrayContaining([
        { kind: 'guard', ruleId: 'cover.partners-not-away-together', file: 'src/domain/leave/rules.ts' },
        { kind: 'guard', ruleId: 'cover.head-assigns', file: 'src/operations/leave/assign-cover.ts' },
      ]),
    );
    expect(testFiles(63)).toEqual(expect.arrayContaining(['src/domain/leave/rules.test.ts', 'test/leave/leave-and-cover.test.ts']));
  });

  it('六十六条（各环节限时）：收文声明中各动作的期限与 advance.ts 的期限', () => {
    expect(row(66)).toMatchObject({ kind: 'clock', status: 'carried' });
    expect(carriers(66)).toEqual(
      expect.arrayContaining([
        { kind: 'clock', ruleId: 'incoming_document.receive', file: 'src/domain/documents/case.ts' },
        { kind: 'clock', ruleId: 'incoming_document.transfer', file: 'src/domain/documents/case.ts' },
        { kind: 'clock', ruleId: 'documents.step-limits', file: 'src/operations/documents/advance.ts' },
      ]),
    );
    expect(testFiles(66)).toEqual(expect.arrayContaining(['test/documents/incoming.test.ts']));
  });

  it('八十四条（涉密公文不予接收）：一条守卫，两处测试', () => {
    expect(row(84)).toMatchObject({ kind: 'guard', status: 'carried' });
    expect(carriers(84)).toEqual(expect.arrayContaining([{ kind: 'guard', ruleId: 'documents.classified-refused', file: 'src/domain/documents/rules.ts' }]));
    expect(testFiles(84)).toEqual(expect.arrayContaining(['src/domain/documents/rules.table.test.ts', 'test/documents/incoming.test.ts']));
  });

  it('每个承载位置都在代码中：所示行写着该规则编号、动作或条号', () => {
    const texts = new Map<string, string[]>();
    const lineOf = (file: string, line: number) => {
      if (!texts.has(file)) texts.set(file, readFileSync(join(root, file), 'utf8').split('\n'));
      return texts.get(file)?.[line - 1] ?? '';
    };
    for (const a of coverage.articles) {
      for (const c of a.carriers) {
        const text = lineOf(c.file, c.line);
        const says = c.site === 'case-action' || c.site === 'case-clock' ? text.includes(c.ruleId.split('.').at(-1) ?? '') : c.site === 'clock' || c.site === 'record' ? /\barticle\s*:\s*\d+/.test(text) : text.includes(c.ruleId);
        expect(says, `${c.ruleId} ${c.file}:${c.line}`).toBe(true);
      }
    }
  });

  it('不实的计入已去掉：网络安全法的条文不算本规则二十一条；只读取参数值的测试不算六十、六十八、七十一条', () => {
    expect(row(21).tests.filter((t) => t.file.startsWith('test/audit/'))).toEqual([]);
    expect(coverage.uncreditedTests.some((t) => t.article === 21)).toBe(false);
    for (const n of [60, 68, 71]) {
      expect(row(n).tests.filter((t) => t.file === 'src/rules/parameters.test.ts'), String(n)).toEqual([]);
      expect(coverage.uncreditedTests.some((t) => t.article === n && t.file === 'src/rules/parameters.test.ts'), String(n)).toBe(true);
    }
  });

  it('登记而代码中没有用到的句子不是承载者，另列', () => {
    const unlinked = new Set(coverage.unlinked.map((u) => u.id));
    const carrierIds = new Set(coverage.articles.flatMap((a) => a.carriers.map((c) => c.ruleId)));
    expect([...unlinked].filter((id) => carrierIds.has(id))).toEqual([]);
    expect(unlinked.has('meetings.absence-to-head')).toBe(false);
  });

  it('每个登记的承载者在代码中都有位置：第五十七条议定事项时钟、第九十二条经办公室安排，不靠一句话', () => {
    expect(coverage.unlinked.map((u) => u.id)).toEqual([]);
    expect(row(57).carriers.filter((c) => c.ruleId === 'meetings.decisions-to-tasks').map((c) => [c.kind, c.file])).toEqual([['clock', 'src/operations/meetings/decisions-and-minutes.ts']]);
    expect(row(92).carriers.some((c) => c.ruleId === 'invitation.arrange' && c.kind === 'route')).toBe(true);
    expect(row(92).status).toBe('carried');
  });

  it('合计等于各条所示：已承载、部分、未承载、已测试', () => {
    const count = (f: (a: Coverage['articles'][number]) => boolean) => coverage.articles.filter(f).length;
    expect(coverage.totals.carried).toBe(count((a) => a.status === 'carried' && a.carriers.some((c) => c.kind === a.kind)));
    expect(coverage.totals.partly).toBe(count((a) => a.status === 'partly'));
    expect(coverage.totals.uncarried).toBe(count((a) => a.kind !== 'advisory' && !a.carriers.some((c) => c.kind === a.kind)));
    expect(coverage.totals.tested).toBe(count((a) => a.tests.length > 0));
  });
});
