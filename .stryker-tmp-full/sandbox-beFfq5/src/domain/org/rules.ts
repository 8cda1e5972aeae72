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
import type { LocalDate } from '../../rules/types.js';
import { invalid } from '../errors.js';
import { type CoverPair, type Period, periodsOverlap, type UnitKind } from './types.js';

/** Which kinds of unit may sit under which; outside bodies and the government stand alone. */
const allowedParents: Record<UnitKind, readonly (UnitKind | null)[]> = stryMutAct_9fa48("2622") ? {} : (stryCov_9fa48("2622"), {
  government: stryMutAct_9fa48("2623") ? [] : (stryCov_9fa48("2623"), [null]),
  office: stryMutAct_9fa48("2624") ? [] : (stryCov_9fa48("2624"), [stryMutAct_9fa48("2625") ? "" : (stryCov_9fa48("2625"), 'government')]),
  department: stryMutAct_9fa48("2626") ? [] : (stryCov_9fa48("2626"), [stryMutAct_9fa48("2627") ? "" : (stryCov_9fa48("2627"), 'government')]),
  town: stryMutAct_9fa48("2628") ? [] : (stryCov_9fa48("2628"), [stryMutAct_9fa48("2629") ? "" : (stryCov_9fa48("2629"), 'government')]),
  subdistrict: stryMutAct_9fa48("2630") ? [] : (stryCov_9fa48("2630"), [stryMutAct_9fa48("2631") ? "" : (stryCov_9fa48("2631"), 'government')]),
  development_zone: stryMutAct_9fa48("2632") ? [] : (stryCov_9fa48("2632"), [stryMutAct_9fa48("2633") ? "" : (stryCov_9fa48("2633"), 'government')]),
  outside_body: stryMutAct_9fa48("2634") ? [] : (stryCov_9fa48("2634"), [null])
});
export function checkUnitPlacement(kind: UnitKind, parentKind: UnitKind | null): void {
  if (stryMutAct_9fa48("2635")) {
    {}
  } else {
    stryCov_9fa48("2635");
    if (stryMutAct_9fa48("2638") ? false : stryMutAct_9fa48("2637") ? true : stryMutAct_9fa48("2636") ? allowedParents[kind].includes(parentKind) : (stryCov_9fa48("2636", "2637", "2638"), !allowedParents[kind].includes(parentKind))) {
      if (stryMutAct_9fa48("2639")) {
        {}
      } else {
        stryCov_9fa48("2639");
        invalid((stryMutAct_9fa48("2642") ? parentKind !== null : stryMutAct_9fa48("2641") ? false : stryMutAct_9fa48("2640") ? true : (stryCov_9fa48("2640", "2641", "2642"), parentKind === null)) ? stryMutAct_9fa48("2643") ? "" : (stryCov_9fa48("2643"), '该类单位须隶属于区政府') : stryMutAct_9fa48("2644") ? "" : (stryCov_9fa48("2644"), '该类单位不能隶属于所选上级单位'));
      }
    }
  }
}
export function checkPeriod(p: Period): void {
  if (stryMutAct_9fa48("2645")) {
    {}
  } else {
    stryCov_9fa48("2645");
    if (stryMutAct_9fa48("2648") ? p.validTo !== null || p.validTo < p.validFrom : stryMutAct_9fa48("2647") ? false : stryMutAct_9fa48("2646") ? true : (stryCov_9fa48("2646", "2647", "2648"), (stryMutAct_9fa48("2650") ? p.validTo === null : stryMutAct_9fa48("2649") ? true : (stryCov_9fa48("2649", "2650"), p.validTo !== null)) && (stryMutAct_9fa48("2653") ? p.validTo >= p.validFrom : stryMutAct_9fa48("2652") ? p.validTo <= p.validFrom : stryMutAct_9fa48("2651") ? true : (stryCov_9fa48("2651", "2652", "2653"), p.validTo < p.validFrom)))) invalid(stryMutAct_9fa48("2654") ? "" : (stryCov_9fa48("2654"), '结束日期不能早于开始日期'));
  }
}

/**
 * Cover pairs are "相对固定" (art. 62): one leader has at most one cover partner at a time, and a leader
 * cannot cover themself.
 */
export function checkCoverPair(first: string, second: string, period: Period, existing: readonly CoverPair[]): void {
  if (stryMutAct_9fa48("2655")) {
    {}
  } else {
    stryCov_9fa48("2655");
    if (stryMutAct_9fa48("2658") ? first !== second : stryMutAct_9fa48("2657") ? false : stryMutAct_9fa48("2656") ? true : (stryCov_9fa48("2656", "2657", "2658"), first === second)) invalid(stryMutAct_9fa48("2659") ? "" : (stryCov_9fa48("2659"), '补位领导不能是本人'));
    checkPeriod(period);
    const clash = existing.find(stryMutAct_9fa48("2660") ? () => undefined : (stryCov_9fa48("2660"), p => stryMutAct_9fa48("2663") ? periodsOverlap(p, period) || [p.firstPersonId, p.secondPersonId].some(id => id === first || id === second) : stryMutAct_9fa48("2662") ? false : stryMutAct_9fa48("2661") ? true : (stryCov_9fa48("2661", "2662", "2663"), periodsOverlap(p, period) && (stryMutAct_9fa48("2664") ? [p.firstPersonId, p.secondPersonId].every(id => id === first || id === second) : (stryCov_9fa48("2664"), (stryMutAct_9fa48("2665") ? [] : (stryCov_9fa48("2665"), [p.firstPersonId, p.secondPersonId])).some(stryMutAct_9fa48("2666") ? () => undefined : (stryCov_9fa48("2666"), id => stryMutAct_9fa48("2669") ? id === first && id === second : stryMutAct_9fa48("2668") ? false : stryMutAct_9fa48("2667") ? true : (stryCov_9fa48("2667", "2668", "2669"), (stryMutAct_9fa48("2671") ? id !== first : stryMutAct_9fa48("2670") ? false : (stryCov_9fa48("2670", "2671"), id === first)) || (stryMutAct_9fa48("2673") ? id !== second : stryMutAct_9fa48("2672") ? false : (stryCov_9fa48("2672", "2673"), id === second))))))))));
    if (stryMutAct_9fa48("2675") ? false : stryMutAct_9fa48("2674") ? true : (stryCov_9fa48("2674", "2675"), clash)) invalid(stryMutAct_9fa48("2676") ? "" : (stryCov_9fa48("2676"), '该领导在此期间已有补位安排，请先结束原安排'), stryMutAct_9fa48("2677") ? {} : (stryCov_9fa48("2677"), {
      coverPairId: clash.id
    }));
  }
}

/** The day before a date, used to end a record when its successor starts. */
export function dayBefore(date: LocalDate): LocalDate {
  if (stryMutAct_9fa48("2678")) {
    {}
  } else {
    stryCov_9fa48("2678");
    const d = new Date(stryMutAct_9fa48("2679") ? `` : (stryCov_9fa48("2679"), `${date}T00:00:00Z`));
    stryMutAct_9fa48("2680") ? d.setTime(d.getUTCDate() - 1) : (stryCov_9fa48("2680"), d.setUTCDate(stryMutAct_9fa48("2681") ? d.getUTCDate() + 1 : (stryCov_9fa48("2681"), d.getUTCDate() - 1)));
    return stryMutAct_9fa48("2682") ? d.toISOString() : (stryCov_9fa48("2682"), d.toISOString().slice(0, 10));
  }
}