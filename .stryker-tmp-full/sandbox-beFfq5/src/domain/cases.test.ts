// @ts-nocheck
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { loadAllCarriers } from '../rules/all-carriers.js';
import type { ActionSpec, CaseDefinition } from './case.js';
import { policies } from './identity/policies.js';

// Every kind of case declared in src/domain, found by shape so that a new area's declaration is checked too:
// the declaration is what the operation, the `actions`, the 工作台 and the timeline all read, so each part of
// it must name real states, real policy actions, real articles and registered rules.
const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts', '!./case.ts'], { eager: true });
type AnyCase = CaseDefinition<string, unknown>;
const isCase = (x: unknown): x is AnyCase => typeof x === 'object' && x !== null && 'kind' in x && 'states' in x && 'stateOf' in x && 'actions' in x;
const cases = Object.entries(modules).flatMap(([path, m]) => Object.entries(m).filter(([, v]) => isCase(v)).map(([name, v]) => [`${path} ${name}`, v as AnyCase] as const));
const registered = new Set(loadAllCarriers().map((c) => c.id));
const chinese = /^[\u4e00-\u9fa5（）、—]+$/;

describe('各类案件的声明（一处声明驱动操作、actions、工作台与时间线）', () => {
  it('找到各区域的声明', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s：种类、名称与状态', (_, def) => {
    expect(def.kind).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    expect(def.label).toMatch(chinese);
    const states = Object.entries(def.states);
    expect(states.length).toBeGreaterThanOrEqual(2);
    for (const [, label] of states) expect(label).toMatch(chinese);
    expect(new Set(states.map(([, l]) => l)).size).toBe(states.length);
  });

  it.each(cases)('%s：每个动作的起止状态、权限、条文、规则、时钟与审计动作', (_, def) => {
    const acts = new Set<string>();
    for (const [name, spec] of Object.entries(def.actions) as [string, ActionSpec<string, unknown>][]) {
      expect(spec.label, name).toMatch(chinese);
      expect(spec.from.length, name).toBeGreaterThan(0);
      for (const s of spec.from) expect(def.states, `${name} from ${s}`).toHaveProperty(s);
      if (typeof spec.to === 'string') expect(def.states, `${name} to ${spec.to}`).toHaveProperty(spec.to);
      expect(Object.keys(policies), name).toContain(spec.policy);
      expect(spec.articles.length, name).toBeGreaterThan(0);
      for (const a of spec.articles) expect(a >= 1 && a <= 94, `${name} article ${a}`).toBe(true);
      for (const r of spec.rules ?? []) expect(registered.has(r), `${name} rule ${r} is registered`).toBe(true);
      if (spec.rules) expect(spec.rules.length, name).toBeGreaterThan(0);
      if (spec.clock) {
        expect(spec.clock.label, name).toMatch(chinese);
        expect(spec.clock.article >= 1 && spec.clock.article <= 94, name).toBe(true);
      }
      const act = spec.act ?? `${def.kind}.${name}`;
      expect(act, name).toMatch(/^[a-z]+(?:_[a-z]+)*(?:\.[a-z]+(?:_[a-z]+)*)+$/);
      expect(acts.has(act), `${name} act ${act} is its own`).toBe(false);
      acts.add(act);
    }
  });
});
