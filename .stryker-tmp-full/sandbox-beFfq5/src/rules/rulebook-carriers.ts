// @ts-nocheck
import type { Carrier } from './types.js';

/**
 * What the rulebook itself carries (rules-map.md: articles 93–94, "rulebook (versions)"). The rulebook keeps
 * every version with its window and what it repeals, and each act is judged by the version in force on its date.
 */
export const rulebookCarriers: readonly Omit<Carrier, 'area'>[] = [
  {
    id: 'rulebook.scope-and-interpretation',
    kind: 'record',
    cites: [{ article: 93 }],
    effective: { from: '2022-01-31' },
    summary: '规则库载明本规则的适用范围（派出机构、部门管理机构、直属事业单位）及解释机关（区政府办公室）',
  },
  {
    id: 'rulebook.versions',
    kind: 'record',
    cites: [{ article: 94 }],
    effective: { from: '2022-01-31' },
    summary: '规则库按版本记录施行日期及所废止的文件（临政发〔2017〕1号），行为按其发生之日施行中的版本适用',
  },
];
