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
import { toChineseNumeral } from '../../rules/chinese-numerals.js';
import type { LocalDate } from '../../rules/types.js';

/** The four kinds of government meeting (art. 47). */
export const meetingKinds = ['plenary', 'executive', 'head_office', 'topical'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingKindLabels: Record<MeetingKind, string> = stryMutAct_9fa48("2531") ? {} : (stryCov_9fa48("2531"), {
  plenary: stryMutAct_9fa48("2532") ? "" : (stryCov_9fa48("2532"), '区政府全体会议'),
  executive: stryMutAct_9fa48("2533") ? "" : (stryCov_9fa48("2533"), '区政府常务会议'),
  head_office: stryMutAct_9fa48("2534") ? "" : (stryCov_9fa48("2534"), '区长办公会议'),
  topical: stryMutAct_9fa48("2535") ? "" : (stryCov_9fa48("2535"), '区政府专题会议')
});
export const meetingStatuses = ['planned', 'held', 'minutes_drafted', 'minutes_approved', 'minutes_signed'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingStatusLabels: Record<MeetingStatus, string> = stryMutAct_9fa48("2536") ? {} : (stryCov_9fa48("2536"), {
  planned: stryMutAct_9fa48("2537") ? "" : (stryCov_9fa48("2537"), '筹备中'),
  held: stryMutAct_9fa48("2538") ? "" : (stryCov_9fa48("2538"), '已召开'),
  minutes_drafted: stryMutAct_9fa48("2539") ? "" : (stryCov_9fa48("2539"), '纪要待签发'),
  minutes_approved: stryMutAct_9fa48("2540") ? "" : (stryCov_9fa48("2540"), '纪要已审定'),
  minutes_signed: stryMutAct_9fa48("2541") ? "" : (stryCov_9fa48("2541"), '纪要已签发')
});

/** The matters art. 27 reserves for the plenary or executive meeting (also art. 8 "重大问题"). */
export const majorCategories = ['中长期规划', '年度计划', '财政预决算', '区级社会管理事务', '重要政策措施', '重大建设项目', '其他重大问题'] as const;
export type MajorCategory = (typeof majorCategories)[number];
export type MemberRole = 'member' | 'observer';
export type AttendanceStatus = 'present' | 'absent' | 'unknown';

/** One seat at a meeting on its date: who, in which capacity, and why they sit there. */
export type Seat = {
  personId: string;
  name: string;
  role: MemberRole;
  post: string;
};
export type LeaderOnDay = {
  personId: string;
  name: string;
  kind: string;
  title: string;
};

/**
 * Who sits at a meeting of a kind, from the organisation on the meeting's date (art. 48–51): plenary — the
 * head, deputies and department principal heads; executive and head's office — head, deputies, office
 * director, with the executive meeting's fixed observers (区纪委监委, office deputy directors, 区司法局, legal
 * adviser); topical — the convener and the units concerned (named per meeting).
 */
export function composition(kind: MeetingKind, org: {
  leaders: readonly LeaderOnDay[];
  departmentPrincipals: readonly {
    personId: string;
    name: string;
    unitName: string;
  }[];
  fixedObservers: readonly {
    personId: string;
    name: string;
    post: string;
  }[];
}): Seat[] {
  if (stryMutAct_9fa48("2542")) {
    {}
  } else {
    stryCov_9fa48("2542");
    const leaders = stryMutAct_9fa48("2543") ? org.leaders : (stryCov_9fa48("2543"), org.leaders.filter(stryMutAct_9fa48("2544") ? () => undefined : (stryCov_9fa48("2544"), l => (stryMutAct_9fa48("2545") ? [] : (stryCov_9fa48("2545"), [stryMutAct_9fa48("2546") ? "" : (stryCov_9fa48("2546"), 'head'), stryMutAct_9fa48("2547") ? "" : (stryCov_9fa48("2547"), 'executive_deputy'), stryMutAct_9fa48("2548") ? "" : (stryCov_9fa48("2548"), 'deputy')])).includes(l.kind))));
    const director = stryMutAct_9fa48("2549") ? org.leaders : (stryCov_9fa48("2549"), org.leaders.filter(stryMutAct_9fa48("2550") ? () => undefined : (stryCov_9fa48("2550"), l => stryMutAct_9fa48("2553") ? l.kind !== 'office_director' : stryMutAct_9fa48("2552") ? false : stryMutAct_9fa48("2551") ? true : (stryCov_9fa48("2551", "2552", "2553"), l.kind === (stryMutAct_9fa48("2554") ? "" : (stryCov_9fa48("2554"), 'office_director'))))));
    const seat = stryMutAct_9fa48("2555") ? () => undefined : (stryCov_9fa48("2555"), (() => {
      const seat = (l: LeaderOnDay, role: MemberRole = stryMutAct_9fa48("2556") ? "" : (stryCov_9fa48("2556"), 'member')): Seat => stryMutAct_9fa48("2557") ? {} : (stryCov_9fa48("2557"), {
        personId: l.personId,
        name: l.name,
        role,
        post: l.title
      });
      return seat;
    })());
    switch (kind) {
      case stryMutAct_9fa48("2559") ? "" : (stryCov_9fa48("2559"), 'plenary'):
        if (stryMutAct_9fa48("2558")) {} else {
          stryCov_9fa48("2558");
          return stryMutAct_9fa48("2560") ? [] : (stryCov_9fa48("2560"), [...leaders.map(stryMutAct_9fa48("2561") ? () => undefined : (stryCov_9fa48("2561"), l => seat(l))), ...org.departmentPrincipals.map(stryMutAct_9fa48("2562") ? () => undefined : (stryCov_9fa48("2562"), p => stryMutAct_9fa48("2563") ? {} : (stryCov_9fa48("2563"), {
            personId: p.personId,
            name: p.name,
            role: 'member' as const,
            post: stryMutAct_9fa48("2564") ? `` : (stryCov_9fa48("2564"), `${p.unitName}主要负责人`)
          })))]);
        }
      case stryMutAct_9fa48("2566") ? "" : (stryCov_9fa48("2566"), 'executive'):
        if (stryMutAct_9fa48("2565")) {} else {
          stryCov_9fa48("2565");
          return stryMutAct_9fa48("2567") ? [] : (stryCov_9fa48("2567"), [...leaders.map(stryMutAct_9fa48("2568") ? () => undefined : (stryCov_9fa48("2568"), l => seat(l))), ...director.map(stryMutAct_9fa48("2569") ? () => undefined : (stryCov_9fa48("2569"), l => seat(l))), ...org.fixedObservers.map(stryMutAct_9fa48("2570") ? () => undefined : (stryCov_9fa48("2570"), o => stryMutAct_9fa48("2571") ? {} : (stryCov_9fa48("2571"), {
            ...o,
            role: 'observer' as const
          })))]);
        }
      case stryMutAct_9fa48("2573") ? "" : (stryCov_9fa48("2573"), 'head_office'):
        if (stryMutAct_9fa48("2572")) {} else {
          stryCov_9fa48("2572");
          return stryMutAct_9fa48("2574") ? [] : (stryCov_9fa48("2574"), [...leaders.map(stryMutAct_9fa48("2575") ? () => undefined : (stryCov_9fa48("2575"), l => seat(l))), ...director.map(stryMutAct_9fa48("2576") ? () => undefined : (stryCov_9fa48("2576"), l => seat(l)))]);
        }
      case stryMutAct_9fa48("2578") ? "" : (stryCov_9fa48("2578"), 'topical'):
        if (stryMutAct_9fa48("2577")) {} else {
          stryCov_9fa48("2577");
          return stryMutAct_9fa48("2579") ? ["Stryker was here"] : (stryCov_9fa48("2579"), []);
        }
    }
  }
}
export type Quorum = {
  members: number;
  present: number;
  required: number;
  hasQuorum: boolean;
  explanation: string;
};

/** The quorum of art. 49 ("出席人数须超过应到人数的二分之一" in 2022), with the fraction and its strictness from the rulebook as of the meeting date; the explanation is composed from them. */
export function quorumOf(members: number, present: number, fraction: {
  numerator: number;
  denominator: number;
  strict: boolean;
}): Quorum {
  if (stryMutAct_9fa48("2580")) {
    {}
  } else {
    stryCov_9fa48("2580");
    const threshold = stryMutAct_9fa48("2581") ? members * fraction.numerator * fraction.denominator : (stryCov_9fa48("2581"), (stryMutAct_9fa48("2582") ? members / fraction.numerator : (stryCov_9fa48("2582"), members * fraction.numerator)) / fraction.denominator);
    const required = fraction.strict ? stryMutAct_9fa48("2583") ? Math.floor(threshold) - 1 : (stryCov_9fa48("2583"), Math.floor(threshold) + 1) : Math.ceil(threshold);
    const hasQuorum = stryMutAct_9fa48("2587") ? present < required : stryMutAct_9fa48("2586") ? present > required : stryMutAct_9fa48("2585") ? false : stryMutAct_9fa48("2584") ? true : (stryCov_9fa48("2584", "2585", "2586", "2587"), present >= required);
    const share = stryMutAct_9fa48("2588") ? `` : (stryCov_9fa48("2588"), `${fraction.strict ? stryMutAct_9fa48("2589") ? "" : (stryCov_9fa48("2589"), '超过') : stryMutAct_9fa48("2590") ? "" : (stryCov_9fa48("2590"), '达到')}应到人数的${toChineseNumeral(fraction.denominator)}分之${toChineseNumeral(fraction.numerator)}`);
    return stryMutAct_9fa48("2591") ? {} : (stryCov_9fa48("2591"), {
      members,
      present,
      required,
      hasQuorum,
      explanation: stryMutAct_9fa48("2592") ? `` : (stryCov_9fa48("2592"), `应到${members}人，实到${present}人；出席人数须${share}，即至少${required}人——${hasQuorum ? stryMutAct_9fa48("2593") ? "" : (stryCov_9fa48("2593"), '符合') : stryMutAct_9fa48("2594") ? "" : (stryCov_9fa48("2594"), '不足')}法定人数`)
    });
  }
}
export type DecisionItemInput = {
  content: string;
  leadUnitId: string;
  coUnitIds: readonly string[];
  dueOn: LocalDate;
};