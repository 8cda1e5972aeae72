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
export const unitKinds = ['government', 'office', 'department', 'town', 'subdistrict', 'development_zone', 'outside_body'] as const;
export type UnitKind = (typeof unitKinds)[number];
export const unitKindLabels: Record<UnitKind, string> = stryMutAct_9fa48("2811") ? {} : (stryCov_9fa48("2811"), {
  government: stryMutAct_9fa48("2812") ? "" : (stryCov_9fa48("2812"), '区政府'),
  office: stryMutAct_9fa48("2813") ? "" : (stryCov_9fa48("2813"), '办公室'),
  department: stryMutAct_9fa48("2814") ? "" : (stryCov_9fa48("2814"), '工作部门'),
  town: stryMutAct_9fa48("2815") ? "" : (stryCov_9fa48("2815"), '镇'),
  subdistrict: stryMutAct_9fa48("2816") ? "" : (stryCov_9fa48("2816"), '街道'),
  development_zone: stryMutAct_9fa48("2817") ? "" : (stryCov_9fa48("2817"), '开发区管委会'),
  outside_body: stryMutAct_9fa48("2818") ? "" : (stryCov_9fa48("2818"), '其他机关')
});

/**
 * The organisational functions the rules name (区委, 纪委监委, 区司法局, 区审计局, 区政府办公室, 区政府), carried by units
 * in the organisation data so that an imported organisation works unchanged: code asks for "the unit that is
 * the justice bureau", never for a unit id. At most one unit carries each function.
 */
export const unitFunctions = ['government', 'government_office', 'party_committee', 'discipline_commission', 'justice_bureau', 'audit_bureau'] as const;
export type UnitFunction = (typeof unitFunctions)[number];
export const unitFunctionLabels: Record<UnitFunction, string> = stryMutAct_9fa48("2819") ? {} : (stryCov_9fa48("2819"), {
  government: stryMutAct_9fa48("2820") ? "" : (stryCov_9fa48("2820"), '区人民政府'),
  government_office: stryMutAct_9fa48("2821") ? "" : (stryCov_9fa48("2821"), '区政府办公室'),
  party_committee: stryMutAct_9fa48("2822") ? "" : (stryCov_9fa48("2822"), '区委'),
  discipline_commission: stryMutAct_9fa48("2823") ? "" : (stryCov_9fa48("2823"), '区纪委监委'),
  justice_bureau: stryMutAct_9fa48("2824") ? "" : (stryCov_9fa48("2824"), '区司法局'),
  audit_bureau: stryMutAct_9fa48("2825") ? "" : (stryCov_9fa48("2825"), '区审计局')
});
export const postKinds = ['head', 'executive_deputy', 'deputy', 'office_director', 'office_deputy_director', 'principal', 'deputy_head', 'staff', 'legal_adviser'] as const;
export type PostKind = (typeof postKinds)[number];
export const postKindLabels: Record<PostKind, string> = stryMutAct_9fa48("2826") ? {} : (stryCov_9fa48("2826"), {
  head: stryMutAct_9fa48("2827") ? "" : (stryCov_9fa48("2827"), '区长'),
  executive_deputy: stryMutAct_9fa48("2828") ? "" : (stryCov_9fa48("2828"), '常务副区长'),
  deputy: stryMutAct_9fa48("2829") ? "" : (stryCov_9fa48("2829"), '副区长'),
  office_director: stryMutAct_9fa48("2830") ? "" : (stryCov_9fa48("2830"), '办公室主任'),
  office_deputy_director: stryMutAct_9fa48("2831") ? "" : (stryCov_9fa48("2831"), '办公室副主任'),
  principal: stryMutAct_9fa48("2832") ? "" : (stryCov_9fa48("2832"), '主要负责人'),
  deputy_head: stryMutAct_9fa48("2833") ? "" : (stryCov_9fa48("2833"), '分管负责人'),
  staff: stryMutAct_9fa48("2834") ? "" : (stryCov_9fa48("2834"), '工作人员'),
  legal_adviser: stryMutAct_9fa48("2835") ? "" : (stryCov_9fa48("2835"), '法律顾问')
});

/** Posts that make someone a leader of the government (art. 5, 7, 10). */
export const leaderPostKinds: readonly PostKind[] = stryMutAct_9fa48("2836") ? [] : (stryCov_9fa48("2836"), [stryMutAct_9fa48("2837") ? "" : (stryCov_9fa48("2837"), 'head'), stryMutAct_9fa48("2838") ? "" : (stryCov_9fa48("2838"), 'executive_deputy'), stryMutAct_9fa48("2839") ? "" : (stryCov_9fa48("2839"), 'deputy'), stryMutAct_9fa48("2840") ? "" : (stryCov_9fa48("2840"), 'office_director'), stryMutAct_9fa48("2841") ? "" : (stryCov_9fa48("2841"), 'office_deputy_director')]);

/**
 * The four areas every deputy answers for within their portfolio under "一岗双责" (art. 9): integrity,
 * work safety, ecology and environment, petitions and stability.
 */
export const dualDutyAreas = ['廉洁建设', '安全生产', '生态环保', '信访维稳'] as const;
export type Unit = {
  id: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  /** The function the rules name this unit by, if any (see `unitFunctions`). */
  function: UnitFunction | null;
  parentId: string | null;
  sortOrder: number;
  version: number;
};
export type Post = {
  id: string;
  unitId: string;
  kind: PostKind;
  title: string;
  sortOrder: number;
};
export type Appointment = {
  id: string;
  personId: string;
  postId: string;
  validFrom: LocalDate;
  validTo: LocalDate | null;
};
export type PortfolioItem = {
  id: string;
  personId: string;
  unitId: string | null;
  area: string | null;
  validFrom: LocalDate;
  validTo: LocalDate | null;
};
export type CoverPair = {
  id: string;
  firstPersonId: string;
  secondPersonId: string;
  validFrom: LocalDate;
  validTo: LocalDate | null;
};

/** A period with an inclusive end; `validTo` null means still in force. */
export type Period = {
  validFrom: LocalDate;
  validTo: LocalDate | null;
};

/** Whether a dated record is in force on a day. */
export function isInForce(p: Period, on: LocalDate): boolean {
  if (stryMutAct_9fa48("2842")) {
    {}
  } else {
    stryCov_9fa48("2842");
    return stryMutAct_9fa48("2845") ? p.validFrom <= on || p.validTo === null || on <= p.validTo : stryMutAct_9fa48("2844") ? false : stryMutAct_9fa48("2843") ? true : (stryCov_9fa48("2843", "2844", "2845"), (stryMutAct_9fa48("2848") ? p.validFrom > on : stryMutAct_9fa48("2847") ? p.validFrom < on : stryMutAct_9fa48("2846") ? true : (stryCov_9fa48("2846", "2847", "2848"), p.validFrom <= on)) && (stryMutAct_9fa48("2850") ? p.validTo === null && on <= p.validTo : stryMutAct_9fa48("2849") ? true : (stryCov_9fa48("2849", "2850"), (stryMutAct_9fa48("2852") ? p.validTo !== null : stryMutAct_9fa48("2851") ? false : (stryCov_9fa48("2851", "2852"), p.validTo === null)) || (stryMutAct_9fa48("2855") ? on > p.validTo : stryMutAct_9fa48("2854") ? on < p.validTo : stryMutAct_9fa48("2853") ? false : (stryCov_9fa48("2853", "2854", "2855"), on <= p.validTo)))));
  }
}

/** Whether two periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  if (stryMutAct_9fa48("2856")) {
    {}
  } else {
    stryCov_9fa48("2856");
    return stryMutAct_9fa48("2859") ? a.validFrom <= (b.validTo ?? '9999-12-31') || b.validFrom <= (a.validTo ?? '9999-12-31') : stryMutAct_9fa48("2858") ? false : stryMutAct_9fa48("2857") ? true : (stryCov_9fa48("2857", "2858", "2859"), (stryMutAct_9fa48("2862") ? a.validFrom > (b.validTo ?? '9999-12-31') : stryMutAct_9fa48("2861") ? a.validFrom < (b.validTo ?? '9999-12-31') : stryMutAct_9fa48("2860") ? true : (stryCov_9fa48("2860", "2861", "2862"), a.validFrom <= (stryMutAct_9fa48("2863") ? b.validTo && '9999-12-31' : (stryCov_9fa48("2863"), b.validTo ?? (stryMutAct_9fa48("2864") ? "" : (stryCov_9fa48("2864"), '9999-12-31')))))) && (stryMutAct_9fa48("2867") ? b.validFrom > (a.validTo ?? '9999-12-31') : stryMutAct_9fa48("2866") ? b.validFrom < (a.validTo ?? '9999-12-31') : stryMutAct_9fa48("2865") ? true : (stryCov_9fa48("2865", "2866", "2867"), b.validFrom <= (stryMutAct_9fa48("2868") ? a.validTo && '9999-12-31' : (stryCov_9fa48("2868"), a.validTo ?? (stryMutAct_9fa48("2869") ? "" : (stryCov_9fa48("2869"), '9999-12-31')))))));
  }
}