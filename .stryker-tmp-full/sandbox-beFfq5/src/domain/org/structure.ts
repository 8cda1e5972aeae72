// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { z } from 'zod';
import { postKinds, unitFunctions, unitKinds } from './types.js';
const date = z.string().regex(stryMutAct_9fa48("2690") ? /^\d{4}-\d{2}-\D{2}$/ : stryMutAct_9fa48("2689") ? /^\d{4}-\d{2}-\d$/ : stryMutAct_9fa48("2688") ? /^\d{4}-\D{2}-\d{2}$/ : stryMutAct_9fa48("2687") ? /^\d{4}-\d-\d{2}$/ : stryMutAct_9fa48("2686") ? /^\D{4}-\d{2}-\d{2}$/ : stryMutAct_9fa48("2685") ? /^\d-\d{2}-\d{2}$/ : stryMutAct_9fa48("2684") ? /^\d{4}-\d{2}-\d{2}/ : stryMutAct_9fa48("2683") ? /\d{4}-\d{2}-\d{2}$/ : (stryCov_9fa48("2683", "2684", "2685", "2686", "2687", "2688", "2689", "2690"), /^\d{4}-\d{2}-\d{2}$/), stryMutAct_9fa48("2691") ? "" : (stryCov_9fa48("2691"), '日期格式应为 YYYY-MM-DD'));
const id = stryMutAct_9fa48("2693") ? z.string().max(1, '编号不能为空').max(100, '编号过长') : stryMutAct_9fa48("2692") ? z.string().min(1, '编号不能为空').min(100, '编号过长') : (stryCov_9fa48("2692", "2693"), z.string().min(1, stryMutAct_9fa48("2694") ? "" : (stryCov_9fa48("2694"), '编号不能为空')).max(100, stryMutAct_9fa48("2695") ? "" : (stryCov_9fa48("2695"), '编号过长')));
const name = stryMutAct_9fa48("2698") ? z.string().min(1, '名称不能为空').max(100, '名称不能超过100字') : stryMutAct_9fa48("2697") ? z.string().trim().max(1, '名称不能为空').max(100, '名称不能超过100字') : stryMutAct_9fa48("2696") ? z.string().trim().min(1, '名称不能为空').min(100, '名称不能超过100字') : (stryCov_9fa48("2696", "2697", "2698"), z.string().trim().min(1, stryMutAct_9fa48("2699") ? "" : (stryCov_9fa48("2699"), '名称不能为空')).max(100, stryMutAct_9fa48("2700") ? "" : (stryCov_9fa48("2700"), '名称不能超过100字')));

/**
 * The whole organisation as one JSON document: what `GET /api/org/export` writes and `POST /api/org/import`
 * reads. The demo government is seeded through the same format.
 */
export const structureSchema = z.object(stryMutAct_9fa48("2701") ? {} : (stryCov_9fa48("2701"), {
  format: z.literal(stryMutAct_9fa48("2702") ? "" : (stryCov_9fa48("2702"), 'zhengwu.org/1'), stryMutAct_9fa48("2703") ? {} : (stryCov_9fa48("2703"), {
    error: stryMutAct_9fa48("2704") ? "" : (stryCov_9fa48("2704"), '文件格式应为 zhengwu.org/1')
  })),
  units: z.array(z.object(stryMutAct_9fa48("2705") ? {} : (stryCov_9fa48("2705"), {
    id,
    name,
    shortName: stryMutAct_9fa48("2707") ? z.string().max(50).nullable().default(null) : stryMutAct_9fa48("2706") ? z.string().trim().min(50).nullable().default(null) : (stryCov_9fa48("2706", "2707"), z.string().trim().max(50).nullable().default(null)),
    kind: z.enum(unitKinds, stryMutAct_9fa48("2708") ? {} : (stryCov_9fa48("2708"), {
      error: stryMutAct_9fa48("2709") ? "" : (stryCov_9fa48("2709"), '单位类别无效')
    })),
    function: z.enum(unitFunctions, stryMutAct_9fa48("2710") ? {} : (stryCov_9fa48("2710"), {
      error: stryMutAct_9fa48("2711") ? "" : (stryCov_9fa48("2711"), '单位职能无效')
    })).nullable().default(null),
    parentId: id.nullable().default(null),
    sortOrder: z.number().int().default(0)
  }))),
  posts: z.array(z.object(stryMutAct_9fa48("2712") ? {} : (stryCov_9fa48("2712"), {
    id,
    unitId: id,
    kind: z.enum(postKinds, stryMutAct_9fa48("2713") ? {} : (stryCov_9fa48("2713"), {
      error: stryMutAct_9fa48("2714") ? "" : (stryCov_9fa48("2714"), '职务类别无效')
    })),
    title: name,
    sortOrder: z.number().int().default(0)
  }))),
  people: z.array(z.object(stryMutAct_9fa48("2715") ? {} : (stryCov_9fa48("2715"), {
    id,
    name
  }))),
  appointments: z.array(z.object(stryMutAct_9fa48("2716") ? {} : (stryCov_9fa48("2716"), {
    id,
    personId: id,
    postId: id,
    validFrom: date,
    validTo: date.nullable().default(null)
  }))),
  portfolioItems: z.array(z.object(stryMutAct_9fa48("2717") ? {} : (stryCov_9fa48("2717"), {
    id,
    personId: id,
    unitId: id.nullable().default(null),
    area: stryMutAct_9fa48("2720") ? z.string().min(1).max(50).nullable().default(null) : stryMutAct_9fa48("2719") ? z.string().trim().max(1).max(50).nullable().default(null) : stryMutAct_9fa48("2718") ? z.string().trim().min(1).min(50).nullable().default(null) : (stryCov_9fa48("2718", "2719", "2720"), z.string().trim().min(1).max(50).nullable().default(null)),
    validFrom: date,
    validTo: date.nullable().default(null)
  }))),
  coverPairs: z.array(z.object(stryMutAct_9fa48("2721") ? {} : (stryCov_9fa48("2721"), {
    id,
    firstPersonId: id,
    secondPersonId: id,
    validFrom: date,
    validTo: date.nullable().default(null)
  })))
}));
export type Structure = z.infer<typeof structureSchema>;
export type StructureInput = z.input<typeof structureSchema>;

/**
 * Checks that every reference in a structure resolves, either inside the file or among the ids already
 * stored; returns the problems in Chinese.
 */
export function structureProblems(s: Structure, existing: {
  unitIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
  postIds: ReadonlySet<string>;
}): string[] {
  if (stryMutAct_9fa48("2722")) {
    {}
  } else {
    stryCov_9fa48("2722");
    const problems: string[] = stryMutAct_9fa48("2723") ? ["Stryker was here"] : (stryCov_9fa48("2723"), []);
    const unitIds = new Set(stryMutAct_9fa48("2724") ? [] : (stryCov_9fa48("2724"), [...existing.unitIds, ...s.units.map(stryMutAct_9fa48("2725") ? () => undefined : (stryCov_9fa48("2725"), u => u.id))]));
    const personIds = new Set(stryMutAct_9fa48("2726") ? [] : (stryCov_9fa48("2726"), [...existing.personIds, ...s.people.map(stryMutAct_9fa48("2727") ? () => undefined : (stryCov_9fa48("2727"), p => p.id))]));
    const postIds = new Set(stryMutAct_9fa48("2728") ? [] : (stryCov_9fa48("2728"), [...existing.postIds, ...s.posts.map(stryMutAct_9fa48("2729") ? () => undefined : (stryCov_9fa48("2729"), p => p.id))]));
    for (const u of s.units) if (stryMutAct_9fa48("2732") ? u.parentId !== null || !unitIds.has(u.parentId) : stryMutAct_9fa48("2731") ? false : stryMutAct_9fa48("2730") ? true : (stryCov_9fa48("2730", "2731", "2732"), (stryMutAct_9fa48("2734") ? u.parentId === null : stryMutAct_9fa48("2733") ? true : (stryCov_9fa48("2733", "2734"), u.parentId !== null)) && (stryMutAct_9fa48("2735") ? unitIds.has(u.parentId) : (stryCov_9fa48("2735"), !unitIds.has(u.parentId))))) problems.push(stryMutAct_9fa48("2736") ? `` : (stryCov_9fa48("2736"), `单位“${u.name}”的上级单位 ${u.parentId} 不存在`));
    const carriers = new Map<string, string[]>();
    for (const u of s.units) if (stryMutAct_9fa48("2738") ? false : stryMutAct_9fa48("2737") ? true : (stryCov_9fa48("2737", "2738"), u.function)) carriers.set(u.function, stryMutAct_9fa48("2739") ? [] : (stryCov_9fa48("2739"), [...(stryMutAct_9fa48("2740") ? carriers.get(u.function) && [] : (stryCov_9fa48("2740"), carriers.get(u.function) ?? (stryMutAct_9fa48("2741") ? ["Stryker was here"] : (stryCov_9fa48("2741"), [])))), u.name]));
    for (const [fn, names] of carriers) if (stryMutAct_9fa48("2745") ? names.length <= 1 : stryMutAct_9fa48("2744") ? names.length >= 1 : stryMutAct_9fa48("2743") ? false : stryMutAct_9fa48("2742") ? true : (stryCov_9fa48("2742", "2743", "2744", "2745"), names.length > 1)) problems.push(stryMutAct_9fa48("2746") ? `` : (stryCov_9fa48("2746"), `职能“${fn}”只能由一个单位承担，文件中有：${names.join(stryMutAct_9fa48("2747") ? "" : (stryCov_9fa48("2747"), '、'))}`));
    for (const p of s.posts) if (stryMutAct_9fa48("2750") ? false : stryMutAct_9fa48("2749") ? true : stryMutAct_9fa48("2748") ? unitIds.has(p.unitId) : (stryCov_9fa48("2748", "2749", "2750"), !unitIds.has(p.unitId))) problems.push(stryMutAct_9fa48("2751") ? `` : (stryCov_9fa48("2751"), `职务“${p.title}”所在单位 ${p.unitId} 不存在`));
    for (const a of s.appointments) {
      if (stryMutAct_9fa48("2752")) {
        {}
      } else {
        stryCov_9fa48("2752");
        if (stryMutAct_9fa48("2755") ? false : stryMutAct_9fa48("2754") ? true : stryMutAct_9fa48("2753") ? personIds.has(a.personId) : (stryCov_9fa48("2753", "2754", "2755"), !personIds.has(a.personId))) problems.push(stryMutAct_9fa48("2756") ? `` : (stryCov_9fa48("2756"), `任职 ${a.id} 的人员 ${a.personId} 不存在`));
        if (stryMutAct_9fa48("2759") ? false : stryMutAct_9fa48("2758") ? true : stryMutAct_9fa48("2757") ? postIds.has(a.postId) : (stryCov_9fa48("2757", "2758", "2759"), !postIds.has(a.postId))) problems.push(stryMutAct_9fa48("2760") ? `` : (stryCov_9fa48("2760"), `任职 ${a.id} 的职务 ${a.postId} 不存在`));
        if (stryMutAct_9fa48("2763") ? a.validTo !== null || a.validTo < a.validFrom : stryMutAct_9fa48("2762") ? false : stryMutAct_9fa48("2761") ? true : (stryCov_9fa48("2761", "2762", "2763"), (stryMutAct_9fa48("2765") ? a.validTo === null : stryMutAct_9fa48("2764") ? true : (stryCov_9fa48("2764", "2765"), a.validTo !== null)) && (stryMutAct_9fa48("2768") ? a.validTo >= a.validFrom : stryMutAct_9fa48("2767") ? a.validTo <= a.validFrom : stryMutAct_9fa48("2766") ? true : (stryCov_9fa48("2766", "2767", "2768"), a.validTo < a.validFrom)))) problems.push(stryMutAct_9fa48("2769") ? `` : (stryCov_9fa48("2769"), `任职 ${a.id} 的结束日期早于开始日期`));
      }
    }
    for (const i of s.portfolioItems) {
      if (stryMutAct_9fa48("2770")) {
        {}
      } else {
        stryCov_9fa48("2770");
        if (stryMutAct_9fa48("2773") ? false : stryMutAct_9fa48("2772") ? true : stryMutAct_9fa48("2771") ? personIds.has(i.personId) : (stryCov_9fa48("2771", "2772", "2773"), !personIds.has(i.personId))) problems.push(stryMutAct_9fa48("2774") ? `` : (stryCov_9fa48("2774"), `分管 ${i.id} 的领导 ${i.personId} 不存在`));
        if (stryMutAct_9fa48("2777") ? i.unitId === null !== (i.area === null) : stryMutAct_9fa48("2776") ? false : stryMutAct_9fa48("2775") ? true : (stryCov_9fa48("2775", "2776", "2777"), (stryMutAct_9fa48("2780") ? i.unitId !== null : stryMutAct_9fa48("2779") ? false : stryMutAct_9fa48("2778") ? true : (stryCov_9fa48("2778", "2779", "2780"), i.unitId === null)) === (stryMutAct_9fa48("2783") ? i.area !== null : stryMutAct_9fa48("2782") ? false : stryMutAct_9fa48("2781") ? true : (stryCov_9fa48("2781", "2782", "2783"), i.area === null)))) problems.push(stryMutAct_9fa48("2784") ? `` : (stryCov_9fa48("2784"), `分管 ${i.id} 须且只能指定一个单位或一个领域`));
        if (stryMutAct_9fa48("2787") ? i.unitId !== null || !unitIds.has(i.unitId) : stryMutAct_9fa48("2786") ? false : stryMutAct_9fa48("2785") ? true : (stryCov_9fa48("2785", "2786", "2787"), (stryMutAct_9fa48("2789") ? i.unitId === null : stryMutAct_9fa48("2788") ? true : (stryCov_9fa48("2788", "2789"), i.unitId !== null)) && (stryMutAct_9fa48("2790") ? unitIds.has(i.unitId) : (stryCov_9fa48("2790"), !unitIds.has(i.unitId))))) problems.push(stryMutAct_9fa48("2791") ? `` : (stryCov_9fa48("2791"), `分管 ${i.id} 的单位 ${i.unitId} 不存在`));
      }
    }
    for (const c of s.coverPairs) {
      if (stryMutAct_9fa48("2792")) {
        {}
      } else {
        stryCov_9fa48("2792");
        if (stryMutAct_9fa48("2795") ? c.firstPersonId !== c.secondPersonId : stryMutAct_9fa48("2794") ? false : stryMutAct_9fa48("2793") ? true : (stryCov_9fa48("2793", "2794", "2795"), c.firstPersonId === c.secondPersonId)) problems.push(stryMutAct_9fa48("2796") ? `` : (stryCov_9fa48("2796"), `补位 ${c.id} 的两位领导不能是同一人`));
        for (const pid of stryMutAct_9fa48("2797") ? [] : (stryCov_9fa48("2797"), [c.firstPersonId, c.secondPersonId])) if (stryMutAct_9fa48("2800") ? false : stryMutAct_9fa48("2799") ? true : stryMutAct_9fa48("2798") ? personIds.has(pid) : (stryCov_9fa48("2798", "2799", "2800"), !personIds.has(pid))) problems.push(stryMutAct_9fa48("2801") ? `` : (stryCov_9fa48("2801"), `补位 ${c.id} 的领导 ${pid} 不存在`));
      }
    }
    const names = new Map<string, string>();
    for (const u of s.units) {
      if (stryMutAct_9fa48("2802")) {
        {}
      } else {
        stryCov_9fa48("2802");
        const other = names.get(u.name);
        if (stryMutAct_9fa48("2805") ? other !== undefined || other !== u.id : stryMutAct_9fa48("2804") ? false : stryMutAct_9fa48("2803") ? true : (stryCov_9fa48("2803", "2804", "2805"), (stryMutAct_9fa48("2807") ? other === undefined : stryMutAct_9fa48("2806") ? true : (stryCov_9fa48("2806", "2807"), other !== undefined)) && (stryMutAct_9fa48("2809") ? other === u.id : stryMutAct_9fa48("2808") ? true : (stryCov_9fa48("2808", "2809"), other !== u.id)))) problems.push(stryMutAct_9fa48("2810") ? `` : (stryCov_9fa48("2810"), `单位名称“${u.name}”重复`));
        names.set(u.name, u.id);
      }
    }
    return problems;
  }
}