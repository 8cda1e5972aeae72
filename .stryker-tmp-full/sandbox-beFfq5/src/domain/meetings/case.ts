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
import { type ActionSpec, type CaseDefinition, ofUnit, own, personal, type Relation } from '../case.js';
import type { MeetingKind, MeetingStatus } from './types.js';
import { meetingStatusLabels } from './types.js';

/**
 * The meetings area, declared once (work rules art. 47–57). Four kinds of case:
 * - the meeting: planned → held → minutes_drafted → (minutes_approved) → minutes_signed, with the executive
 *   meeting's arrangement (art. 54: the office proposes, the director reviews, the 区长 decides) as actions that
 *   keep it planned;
 * - the agenda topic (art. 52–53): submitted, countersigned by related units, disagreements coordinated by the
 *   deputy in charge, a late topic taken by the 区长's exception, reviewed (审定) by the deputy in charge, put on
 *   the agenda by the office, decided at the meeting;
 * - a government leader's absence request (art. 55), on which the 区长 consents or not;
 * - the follow-up task a decision item becomes (art. 57), completed by its lead unit.
 * Operations move them with `takeAction`; the routes' `actions` and the 工作台 read these declarations.
 */

/** Where the executive meeting's arrangement stands (art. 54). Other kinds take the office's arrangement as it is. */
export type AgendaStage = 'none' | 'proposed' | 'reviewed' | 'decided';

/** A meeting as its declaration sees it; built by `meetingCaseOf` from the row and the organisation of today. */
export type MeetingCase = {
  id: string;
  version: number;
  status: MeetingStatus;
  kind: MeetingKind;
  chairPersonId: string;
  /** The leader on whose behalf a delegated meeting is held (art. 49, 51, 56). */
  delegatedByPersonId: string | null;
  agenda: AgendaStage;
  /** The 区长 and the office director today (whoever stands in for them acts for them). */
  headPersonId: string | null;
  directorPersonId: string | null;
};
export type MeetingAction = 'propose_agenda' | 'review_agenda' | 'decide_agenda' | 'submit_topic' | 'record_attendance' | 'request_absence' | 'record_decision' | 'draft_minutes' | 'approve_minutes' | 'sign_minutes';

/** A topical meeting held by the office director or a deputy director on a leader's behalf (art. 51, 56). */
export const isDelegatedTopical = stryMutAct_9fa48("2040") ? () => undefined : (stryCov_9fa48("2040"), (() => {
  const isDelegatedTopical = (c: Pick<MeetingCase, 'kind' | 'delegatedByPersonId'>): boolean => stryMutAct_9fa48("2043") ? c.kind === 'topical' || c.delegatedByPersonId !== null : stryMutAct_9fa48("2042") ? false : stryMutAct_9fa48("2041") ? true : (stryCov_9fa48("2041", "2042", "2043"), (stryMutAct_9fa48("2045") ? c.kind !== 'topical' : stryMutAct_9fa48("2044") ? true : (stryCov_9fa48("2044", "2045"), c.kind === (stryMutAct_9fa48("2046") ? "" : (stryCov_9fa48("2046"), 'topical')))) && (stryMutAct_9fa48("2048") ? c.delegatedByPersonId === null : stryMutAct_9fa48("2047") ? true : (stryCov_9fa48("2047", "2048"), c.delegatedByPersonId !== null)));
  return isDelegatedTopical;
})());

/** The executive meeting decides nothing and gets no minutes before the 区长 has decided its arrangement (art. 54). */
const arrangementSettled = stryMutAct_9fa48("2049") ? () => undefined : (stryCov_9fa48("2049"), (() => {
  const arrangementSettled = (c: MeetingCase): boolean => stryMutAct_9fa48("2052") ? c.kind !== 'executive' && c.agenda === 'decided' : stryMutAct_9fa48("2051") ? false : stryMutAct_9fa48("2050") ? true : (stryCov_9fa48("2050", "2051", "2052"), (stryMutAct_9fa48("2054") ? c.kind === 'executive' : stryMutAct_9fa48("2053") ? false : (stryCov_9fa48("2053", "2054"), c.kind !== (stryMutAct_9fa48("2055") ? "" : (stryCov_9fa48("2055"), 'executive')))) || (stryMutAct_9fa48("2057") ? c.agenda !== 'decided' : stryMutAct_9fa48("2056") ? false : (stryCov_9fa48("2056", "2057"), c.agenda === (stryMutAct_9fa48("2058") ? "" : (stryCov_9fa48("2058"), 'decided')))));
  return arrangementSettled;
})());

/**
 * Who signs the minutes off (art. 56): the 区长 for plenary, executive and head's office meetings; the chair for
 * a topical meeting — or, for one held on a leader's behalf, the delegating leader too.
 */
const minutesSigner: Relation<MeetingCase> = (c, viewer) => {
  if (stryMutAct_9fa48("2059")) {
    {}
  } else {
    stryCov_9fa48("2059");
    if (stryMutAct_9fa48("2062") ? c.kind === 'topical' : stryMutAct_9fa48("2061") ? false : stryMutAct_9fa48("2060") ? true : (stryCov_9fa48("2060", "2061", "2062"), c.kind !== (stryMutAct_9fa48("2063") ? "" : (stryCov_9fa48("2063"), 'topical')))) return personal<MeetingCase>(stryMutAct_9fa48("2064") ? () => undefined : (stryCov_9fa48("2064"), m => m.headPersonId))(c, viewer);
    const asChair = personal<MeetingCase>(stryMutAct_9fa48("2065") ? () => undefined : (stryCov_9fa48("2065"), m => m.chairPersonId))(c, viewer);
    return (stryMutAct_9fa48("2068") ? asChair === false : stryMutAct_9fa48("2067") ? false : stryMutAct_9fa48("2066") ? true : (stryCov_9fa48("2066", "2067", "2068"), asChair !== (stryMutAct_9fa48("2069") ? true : (stryCov_9fa48("2069"), false)))) ? asChair : personal<MeetingCase>(stryMutAct_9fa48("2070") ? () => undefined : (stryCov_9fa48("2070"), m => m.delegatedByPersonId))(c, viewer);
  }
};
const office = stryMutAct_9fa48("2071") ? () => undefined : (stryCov_9fa48("2071"), (() => {
  const office = (label: string, from: readonly MeetingStatus[], to: MeetingStatus | ((c: MeetingCase) => MeetingStatus), articles: readonly number[], extra: Partial<ActionSpec<MeetingStatus, MeetingCase>> = {}): ActionSpec<MeetingStatus, MeetingCase> => stryMutAct_9fa48("2072") ? {} : (stryCov_9fa48("2072"), {
    label,
    from,
    to,
    policy: stryMutAct_9fa48("2073") ? "" : (stryCov_9fa48("2073"), 'meetings.office'),
    articles,
    // The office's running of a meeting is its calendar, not items waiting on its 工作台.
    isWork: stryMutAct_9fa48("2074") ? true : (stryCov_9fa48("2074"), false),
    ...extra
  });
  return office;
})());
export const meetingCase: CaseDefinition<MeetingStatus, MeetingCase, MeetingAction> = stryMutAct_9fa48("2075") ? {} : (stryCov_9fa48("2075"), {
  kind: stryMutAct_9fa48("2076") ? "" : (stryCov_9fa48("2076"), 'meeting'),
  label: stryMutAct_9fa48("2077") ? "" : (stryCov_9fa48("2077"), '会议'),
  states: meetingStatusLabels,
  stateOf: stryMutAct_9fa48("2078") ? () => undefined : (stryCov_9fa48("2078"), c => c.status),
  actions: stryMutAct_9fa48("2079") ? {} : (stryCov_9fa48("2079"), {
    propose_agenda: office(stryMutAct_9fa48("2080") ? "" : (stryCov_9fa48("2080"), '提出会议安排'), stryMutAct_9fa48("2081") ? [] : (stryCov_9fa48("2081"), [stryMutAct_9fa48("2082") ? "" : (stryCov_9fa48("2082"), 'planned')]), stryMutAct_9fa48("2083") ? "" : (stryCov_9fa48("2083"), 'planned'), stryMutAct_9fa48("2084") ? [] : (stryCov_9fa48("2084"), [54]), stryMutAct_9fa48("2085") ? {} : (stryCov_9fa48("2085"), {
      act: stryMutAct_9fa48("2086") ? "" : (stryCov_9fa48("2086"), 'meetings.agenda.propose'),
      when: stryMutAct_9fa48("2087") ? () => undefined : (stryCov_9fa48("2087"), c => stryMutAct_9fa48("2090") ? c.agenda === 'decided' : stryMutAct_9fa48("2089") ? false : stryMutAct_9fa48("2088") ? true : (stryCov_9fa48("2088", "2089", "2090"), c.agenda !== (stryMutAct_9fa48("2091") ? "" : (stryCov_9fa48("2091"), 'decided')))),
      rules: stryMutAct_9fa48("2092") ? [] : (stryCov_9fa48("2092"), [stryMutAct_9fa48("2093") ? "" : (stryCov_9fa48("2093"), 'meetings.executive-arrangement')])
    })),
    review_agenda: stryMutAct_9fa48("2094") ? {} : (stryCov_9fa48("2094"), {
      label: stryMutAct_9fa48("2095") ? "" : (stryCov_9fa48("2095"), '审定会议安排'),
      from: stryMutAct_9fa48("2096") ? [] : (stryCov_9fa48("2096"), [stryMutAct_9fa48("2097") ? "" : (stryCov_9fa48("2097"), 'planned')]),
      to: stryMutAct_9fa48("2098") ? "" : (stryCov_9fa48("2098"), 'planned'),
      policy: stryMutAct_9fa48("2099") ? "" : (stryCov_9fa48("2099"), 'meetings.lead'),
      relation: personal(stryMutAct_9fa48("2100") ? () => undefined : (stryCov_9fa48("2100"), c => c.directorPersonId)),
      when: stryMutAct_9fa48("2101") ? () => undefined : (stryCov_9fa48("2101"), c => stryMutAct_9fa48("2104") ? c.kind === 'executive' || c.agenda === 'proposed' : stryMutAct_9fa48("2103") ? false : stryMutAct_9fa48("2102") ? true : (stryCov_9fa48("2102", "2103", "2104"), (stryMutAct_9fa48("2106") ? c.kind !== 'executive' : stryMutAct_9fa48("2105") ? true : (stryCov_9fa48("2105", "2106"), c.kind === (stryMutAct_9fa48("2107") ? "" : (stryCov_9fa48("2107"), 'executive')))) && (stryMutAct_9fa48("2109") ? c.agenda !== 'proposed' : stryMutAct_9fa48("2108") ? true : (stryCov_9fa48("2108", "2109"), c.agenda === (stryMutAct_9fa48("2110") ? "" : (stryCov_9fa48("2110"), 'proposed')))))),
      articles: stryMutAct_9fa48("2111") ? [] : (stryCov_9fa48("2111"), [54]),
      rules: stryMutAct_9fa48("2112") ? [] : (stryCov_9fa48("2112"), [stryMutAct_9fa48("2113") ? "" : (stryCov_9fa48("2113"), 'meetings.executive-arrangement')]),
      act: stryMutAct_9fa48("2114") ? "" : (stryCov_9fa48("2114"), 'meetings.agenda.review')
    }),
    decide_agenda: stryMutAct_9fa48("2115") ? {} : (stryCov_9fa48("2115"), {
      label: stryMutAct_9fa48("2116") ? "" : (stryCov_9fa48("2116"), '确定会议安排'),
      from: stryMutAct_9fa48("2117") ? [] : (stryCov_9fa48("2117"), [stryMutAct_9fa48("2118") ? "" : (stryCov_9fa48("2118"), 'planned')]),
      to: stryMutAct_9fa48("2119") ? "" : (stryCov_9fa48("2119"), 'planned'),
      policy: stryMutAct_9fa48("2120") ? "" : (stryCov_9fa48("2120"), 'meetings.lead'),
      relation: personal(stryMutAct_9fa48("2121") ? () => undefined : (stryCov_9fa48("2121"), c => c.headPersonId)),
      when: stryMutAct_9fa48("2122") ? () => undefined : (stryCov_9fa48("2122"), c => stryMutAct_9fa48("2125") ? c.kind === 'executive' || c.agenda === 'reviewed' : stryMutAct_9fa48("2124") ? false : stryMutAct_9fa48("2123") ? true : (stryCov_9fa48("2123", "2124", "2125"), (stryMutAct_9fa48("2127") ? c.kind !== 'executive' : stryMutAct_9fa48("2126") ? true : (stryCov_9fa48("2126", "2127"), c.kind === (stryMutAct_9fa48("2128") ? "" : (stryCov_9fa48("2128"), 'executive')))) && (stryMutAct_9fa48("2130") ? c.agenda !== 'reviewed' : stryMutAct_9fa48("2129") ? true : (stryCov_9fa48("2129", "2130"), c.agenda === (stryMutAct_9fa48("2131") ? "" : (stryCov_9fa48("2131"), 'reviewed')))))),
      articles: stryMutAct_9fa48("2132") ? [] : (stryCov_9fa48("2132"), [54]),
      rules: stryMutAct_9fa48("2133") ? [] : (stryCov_9fa48("2133"), [stryMutAct_9fa48("2134") ? "" : (stryCov_9fa48("2134"), 'meetings.executive-arrangement')]),
      act: stryMutAct_9fa48("2135") ? "" : (stryCov_9fa48("2135"), 'meetings.agenda.decide')
    }),
    submit_topic: stryMutAct_9fa48("2136") ? {} : (stryCov_9fa48("2136"), {
      label: stryMutAct_9fa48("2137") ? "" : (stryCov_9fa48("2137"), '提交议题'),
      from: stryMutAct_9fa48("2138") ? [] : (stryCov_9fa48("2138"), [stryMutAct_9fa48("2139") ? "" : (stryCov_9fa48("2139"), 'planned')]),
      to: stryMutAct_9fa48("2140") ? "" : (stryCov_9fa48("2140"), 'planned'),
      policy: stryMutAct_9fa48("2141") ? "" : (stryCov_9fa48("2141"), 'meetings.topic'),
      articles: stryMutAct_9fa48("2142") ? [] : (stryCov_9fa48("2142"), [53]),
      isWork: stryMutAct_9fa48("2143") ? true : (stryCov_9fa48("2143"), false),
      act: stryMutAct_9fa48("2144") ? "" : (stryCov_9fa48("2144"), 'meetings.topic.submit')
    }),
    record_attendance: office(stryMutAct_9fa48("2145") ? "" : (stryCov_9fa48("2145"), '登记出席'), stryMutAct_9fa48("2146") ? [] : (stryCov_9fa48("2146"), [stryMutAct_9fa48("2147") ? "" : (stryCov_9fa48("2147"), 'planned'), stryMutAct_9fa48("2148") ? "" : (stryCov_9fa48("2148"), 'held')]), stryMutAct_9fa48("2149") ? () => undefined : (stryCov_9fa48("2149"), c => c.status), stryMutAct_9fa48("2150") ? [] : (stryCov_9fa48("2150"), [55]), stryMutAct_9fa48("2151") ? {} : (stryCov_9fa48("2151"), {
      act: stryMutAct_9fa48("2152") ? "" : (stryCov_9fa48("2152"), 'meetings.attendance')
    })),
    request_absence: office(stryMutAct_9fa48("2153") ? "" : (stryCov_9fa48("2153"), '报区长请假'), stryMutAct_9fa48("2154") ? [] : (stryCov_9fa48("2154"), [stryMutAct_9fa48("2155") ? "" : (stryCov_9fa48("2155"), 'planned'), stryMutAct_9fa48("2156") ? "" : (stryCov_9fa48("2156"), 'held')]), stryMutAct_9fa48("2157") ? () => undefined : (stryCov_9fa48("2157"), c => c.status), stryMutAct_9fa48("2158") ? [] : (stryCov_9fa48("2158"), [55]), stryMutAct_9fa48("2159") ? {} : (stryCov_9fa48("2159"), {
      act: stryMutAct_9fa48("2160") ? "" : (stryCov_9fa48("2160"), 'meetings.absence.request'),
      rules: stryMutAct_9fa48("2161") ? [] : (stryCov_9fa48("2161"), [stryMutAct_9fa48("2162") ? "" : (stryCov_9fa48("2162"), 'meetings.absence-to-head')])
    })),
    record_decision: office(stryMutAct_9fa48("2163") ? "" : (stryCov_9fa48("2163"), '记录议定事项'), stryMutAct_9fa48("2164") ? [] : (stryCov_9fa48("2164"), [stryMutAct_9fa48("2165") ? "" : (stryCov_9fa48("2165"), 'planned'), stryMutAct_9fa48("2166") ? "" : (stryCov_9fa48("2166"), 'held')]), stryMutAct_9fa48("2167") ? "" : (stryCov_9fa48("2167"), 'held'), stryMutAct_9fa48("2168") ? [] : (stryCov_9fa48("2168"), [49]), stryMutAct_9fa48("2169") ? {} : (stryCov_9fa48("2169"), {
      act: stryMutAct_9fa48("2170") ? "" : (stryCov_9fa48("2170"), 'meetings.decision.record'),
      when: arrangementSettled,
      rules: stryMutAct_9fa48("2171") ? [] : (stryCov_9fa48("2171"), [stryMutAct_9fa48("2172") ? "" : (stryCov_9fa48("2172"), 'meetings.executive-quorum'), stryMutAct_9fa48("2173") ? "" : (stryCov_9fa48("2173"), 'meetings.major-only-plenary-or-executive'), stryMutAct_9fa48("2174") ? "" : (stryCov_9fa48("2174"), 'meetings.executive-arrangement')])
    })),
    draft_minutes: office(stryMutAct_9fa48("2175") ? "" : (stryCov_9fa48("2175"), '起草纪要'), stryMutAct_9fa48("2176") ? [] : (stryCov_9fa48("2176"), [stryMutAct_9fa48("2177") ? "" : (stryCov_9fa48("2177"), 'planned'), stryMutAct_9fa48("2178") ? "" : (stryCov_9fa48("2178"), 'held'), stryMutAct_9fa48("2179") ? "" : (stryCov_9fa48("2179"), 'minutes_drafted')]), stryMutAct_9fa48("2180") ? "" : (stryCov_9fa48("2180"), 'minutes_drafted'), stryMutAct_9fa48("2181") ? [] : (stryCov_9fa48("2181"), [56]), stryMutAct_9fa48("2182") ? {} : (stryCov_9fa48("2182"), {
      act: stryMutAct_9fa48("2183") ? "" : (stryCov_9fa48("2183"), 'meetings.minutes.draft'),
      when: arrangementSettled,
      rules: stryMutAct_9fa48("2184") ? [] : (stryCov_9fa48("2184"), [stryMutAct_9fa48("2185") ? "" : (stryCov_9fa48("2185"), 'meetings.executive-arrangement')])
    })),
    approve_minutes: stryMutAct_9fa48("2186") ? {} : (stryCov_9fa48("2186"), {
      label: stryMutAct_9fa48("2187") ? "" : (stryCov_9fa48("2187"), '审定纪要'),
      from: stryMutAct_9fa48("2188") ? [] : (stryCov_9fa48("2188"), [stryMutAct_9fa48("2189") ? "" : (stryCov_9fa48("2189"), 'minutes_drafted')]),
      to: stryMutAct_9fa48("2190") ? "" : (stryCov_9fa48("2190"), 'minutes_approved'),
      policy: stryMutAct_9fa48("2191") ? "" : (stryCov_9fa48("2191"), 'meetings.lead'),
      relation: personal(stryMutAct_9fa48("2192") ? () => undefined : (stryCov_9fa48("2192"), c => c.delegatedByPersonId)),
      when: isDelegatedTopical,
      articles: stryMutAct_9fa48("2193") ? [] : (stryCov_9fa48("2193"), [56]),
      rules: stryMutAct_9fa48("2194") ? [] : (stryCov_9fa48("2194"), [stryMutAct_9fa48("2195") ? "" : (stryCov_9fa48("2195"), 'meetings.delegated-minutes-approval')]),
      act: stryMutAct_9fa48("2196") ? "" : (stryCov_9fa48("2196"), 'meetings.minutes.approve')
    }),
    sign_minutes: stryMutAct_9fa48("2197") ? {} : (stryCov_9fa48("2197"), {
      label: stryMutAct_9fa48("2198") ? "" : (stryCov_9fa48("2198"), '签发纪要'),
      from: stryMutAct_9fa48("2199") ? [] : (stryCov_9fa48("2199"), [stryMutAct_9fa48("2200") ? "" : (stryCov_9fa48("2200"), 'minutes_drafted'), stryMutAct_9fa48("2201") ? "" : (stryCov_9fa48("2201"), 'minutes_approved')]),
      to: stryMutAct_9fa48("2202") ? "" : (stryCov_9fa48("2202"), 'minutes_signed'),
      policy: stryMutAct_9fa48("2203") ? "" : (stryCov_9fa48("2203"), 'meetings.lead'),
      relation: minutesSigner,
      // Minutes of a meeting held on a leader's behalf are signed only after that leader approved them (art. 56).
      when: stryMutAct_9fa48("2204") ? () => undefined : (stryCov_9fa48("2204"), c => isDelegatedTopical(c) ? stryMutAct_9fa48("2207") ? c.status !== 'minutes_approved' : stryMutAct_9fa48("2206") ? false : stryMutAct_9fa48("2205") ? true : (stryCov_9fa48("2205", "2206", "2207"), c.status === (stryMutAct_9fa48("2208") ? "" : (stryCov_9fa48("2208"), 'minutes_approved'))) : stryMutAct_9fa48("2211") ? c.status !== 'minutes_drafted' : stryMutAct_9fa48("2210") ? false : stryMutAct_9fa48("2209") ? true : (stryCov_9fa48("2209", "2210", "2211"), c.status === (stryMutAct_9fa48("2212") ? "" : (stryCov_9fa48("2212"), 'minutes_drafted')))),
      articles: stryMutAct_9fa48("2213") ? [] : (stryCov_9fa48("2213"), [56, 57]),
      rules: stryMutAct_9fa48("2214") ? [] : (stryCov_9fa48("2214"), [stryMutAct_9fa48("2215") ? "" : (stryCov_9fa48("2215"), 'meetings.minutes-signer'), stryMutAct_9fa48("2216") ? "" : (stryCov_9fa48("2216"), 'meetings.delegated-minutes-approval')]),
      clock: stryMutAct_9fa48("2217") ? {} : (stryCov_9fa48("2217"), {
        label: stryMutAct_9fa48("2218") ? "" : (stryCov_9fa48("2218"), '议定事项办理'),
        article: 57
      }),
      act: stryMutAct_9fa48("2219") ? "" : (stryCov_9fa48("2219"), 'meetings.minutes.sign')
    })
  })
});
export const topicStatuses = ['awaiting_exception', 'coordinating', 'awaiting_review', 'ready', 'scheduled', 'decided'] as const;
export type TopicStatus = (typeof topicStatuses)[number];
export const topicStatusLabels: Record<TopicStatus, string> = stryMutAct_9fa48("2220") ? {} : (stryCov_9fa48("2220"), {
  awaiting_exception: stryMutAct_9fa48("2221") ? "" : (stryCov_9fa48("2221"), '待区长审批逾期上会'),
  coordinating: stryMutAct_9fa48("2222") ? "" : (stryCov_9fa48("2222"), '会签中'),
  awaiting_review: stryMutAct_9fa48("2223") ? "" : (stryCov_9fa48("2223"), '待分管副区长审定'),
  ready: stryMutAct_9fa48("2224") ? "" : (stryCov_9fa48("2224"), '可上会'),
  scheduled: stryMutAct_9fa48("2225") ? "" : (stryCov_9fa48("2225"), '已列入议程'),
  decided: stryMutAct_9fa48("2226") ? "" : (stryCov_9fa48("2226"), '已决定')
});

/** An agenda topic as its declaration sees it; built by `topicCaseOf`. */
export type TopicCase = {
  id: string;
  version: number;
  status: TopicStatus;
  meetingKind: MeetingKind;
  /** A topic changes only while its meeting is being prepared. */
  isMeetingPlanned: boolean;
  submittingUnitId: string;
  relatedUnitIds: readonly string[];
  signedUnitIds: readonly string[];
  /** A related unit disagreed, and no coordination has been recorded yet (art. 52). */
  hasOpenDisagreement: boolean;
  headPersonId: string | null;
  /** The deputy whose portfolio holds the submitting unit: coordinates and reviews (art. 52, 53). */
  deputyInChargePersonId: string | null;
  /** Office deputy directors, who may coordinate assisting the deputy in charge (art. 52). */
  officeDeputyDirectorIds: readonly string[];
  /** Where the topic's rules send it once the act under way is recorded (set by the operation). */
  onward?: TopicStatus;
};
export type TopicAction = 'countersign' | 'coordinate' | 'approve_exception' | 'review' | 'schedule' | 'unschedule' | 'decide';
const unsigned = stryMutAct_9fa48("2227") ? () => undefined : (stryCov_9fa48("2227"), (() => {
  const unsigned = (c: TopicCase): string[] => stryMutAct_9fa48("2228") ? c.relatedUnitIds : (stryCov_9fa48("2228"), c.relatedUnitIds.filter(stryMutAct_9fa48("2229") ? () => undefined : (stryCov_9fa48("2229"), u => stryMutAct_9fa48("2230") ? c.signedUnitIds.includes(u) : (stryCov_9fa48("2230"), !c.signedUnitIds.includes(u)))));
  return unsigned;
})());

/** The deputy in charge, or whoever stands in; or an office deputy director assisting them (art. 52). */
const coordinator: Relation<TopicCase> = (c, viewer) => {
  if (stryMutAct_9fa48("2231")) {
    {}
  } else {
    stryCov_9fa48("2231");
    if (stryMutAct_9fa48("2234") ? viewer.personId || c.officeDeputyDirectorIds.includes(viewer.personId) : stryMutAct_9fa48("2233") ? false : stryMutAct_9fa48("2232") ? true : (stryCov_9fa48("2232", "2233", "2234"), viewer.personId && c.officeDeputyDirectorIds.includes(viewer.personId))) return own;
    return personal<TopicCase>(stryMutAct_9fa48("2235") ? () => undefined : (stryCov_9fa48("2235"), t => t.deputyInChargePersonId))(c, viewer);
  }
};
const topicOffice = stryMutAct_9fa48("2236") ? () => undefined : (stryCov_9fa48("2236"), (() => {
  const topicOffice = (label: string, from: readonly TopicStatus[], to: TopicStatus, articles: readonly number[], extra: Partial<ActionSpec<TopicStatus, TopicCase>> = {}): ActionSpec<TopicStatus, TopicCase> => stryMutAct_9fa48("2237") ? {} : (stryCov_9fa48("2237"), {
    label,
    from,
    to,
    policy: stryMutAct_9fa48("2238") ? "" : (stryCov_9fa48("2238"), 'meetings.office'),
    articles,
    isWork: stryMutAct_9fa48("2239") ? true : (stryCov_9fa48("2239"), false),
    ...extra
  });
  return topicOffice;
})());
const planned = stryMutAct_9fa48("2240") ? () => undefined : (stryCov_9fa48("2240"), (() => {
  const planned = (c: TopicCase): boolean => c.isMeetingPlanned;
  return planned;
})());
export const topicCase: CaseDefinition<TopicStatus, TopicCase, TopicAction> = stryMutAct_9fa48("2241") ? {} : (stryCov_9fa48("2241"), {
  kind: stryMutAct_9fa48("2242") ? "" : (stryCov_9fa48("2242"), 'meeting_topic'),
  label: stryMutAct_9fa48("2243") ? "" : (stryCov_9fa48("2243"), '议题'),
  states: topicStatusLabels,
  stateOf: stryMutAct_9fa48("2244") ? () => undefined : (stryCov_9fa48("2244"), c => c.status),
  actions: stryMutAct_9fa48("2245") ? {} : (stryCov_9fa48("2245"), {
    countersign: stryMutAct_9fa48("2246") ? {} : (stryCov_9fa48("2246"), {
      label: stryMutAct_9fa48("2247") ? "" : (stryCov_9fa48("2247"), '会签'),
      from: stryMutAct_9fa48("2248") ? [] : (stryCov_9fa48("2248"), [stryMutAct_9fa48("2249") ? "" : (stryCov_9fa48("2249"), 'coordinating')]),
      to: stryMutAct_9fa48("2250") ? () => undefined : (stryCov_9fa48("2250"), c => stryMutAct_9fa48("2251") ? c.onward && 'coordinating' : (stryCov_9fa48("2251"), c.onward ?? (stryMutAct_9fa48("2252") ? "" : (stryCov_9fa48("2252"), 'coordinating')))),
      policy: stryMutAct_9fa48("2253") ? "" : (stryCov_9fa48("2253"), 'meetings.countersign'),
      relation: ofUnit(unsigned),
      when: planned,
      articles: stryMutAct_9fa48("2254") ? [] : (stryCov_9fa48("2254"), [52]),
      rules: stryMutAct_9fa48("2255") ? [] : (stryCov_9fa48("2255"), [stryMutAct_9fa48("2256") ? "" : (stryCov_9fa48("2256"), 'meetings.topic-coordinated')]),
      act: stryMutAct_9fa48("2257") ? "" : (stryCov_9fa48("2257"), 'meetings.topic.countersign')
    }),
    coordinate: stryMutAct_9fa48("2258") ? {} : (stryCov_9fa48("2258"), {
      label: stryMutAct_9fa48("2259") ? "" : (stryCov_9fa48("2259"), '协调分歧'),
      from: stryMutAct_9fa48("2260") ? [] : (stryCov_9fa48("2260"), [stryMutAct_9fa48("2261") ? "" : (stryCov_9fa48("2261"), 'coordinating')]),
      to: stryMutAct_9fa48("2262") ? () => undefined : (stryCov_9fa48("2262"), c => stryMutAct_9fa48("2263") ? c.onward && 'coordinating' : (stryCov_9fa48("2263"), c.onward ?? (stryMutAct_9fa48("2264") ? "" : (stryCov_9fa48("2264"), 'coordinating')))),
      policy: stryMutAct_9fa48("2265") ? "" : (stryCov_9fa48("2265"), 'meetings.lead'),
      relation: coordinator,
      when: stryMutAct_9fa48("2266") ? () => undefined : (stryCov_9fa48("2266"), c => stryMutAct_9fa48("2269") ? planned(c) || c.hasOpenDisagreement : stryMutAct_9fa48("2268") ? false : stryMutAct_9fa48("2267") ? true : (stryCov_9fa48("2267", "2268", "2269"), planned(c) && c.hasOpenDisagreement)),
      articles: stryMutAct_9fa48("2270") ? [] : (stryCov_9fa48("2270"), [52]),
      rules: stryMutAct_9fa48("2271") ? [] : (stryCov_9fa48("2271"), [stryMutAct_9fa48("2272") ? "" : (stryCov_9fa48("2272"), 'meetings.topic-coordinated')]),
      act: stryMutAct_9fa48("2273") ? "" : (stryCov_9fa48("2273"), 'meetings.topic.coordinate')
    }),
    approve_exception: stryMutAct_9fa48("2274") ? {} : (stryCov_9fa48("2274"), {
      label: stryMutAct_9fa48("2275") ? "" : (stryCov_9fa48("2275"), '同意逾期上会'),
      from: stryMutAct_9fa48("2276") ? [] : (stryCov_9fa48("2276"), [stryMutAct_9fa48("2277") ? "" : (stryCov_9fa48("2277"), 'awaiting_exception')]),
      to: stryMutAct_9fa48("2278") ? () => undefined : (stryCov_9fa48("2278"), c => stryMutAct_9fa48("2279") ? c.onward && 'coordinating' : (stryCov_9fa48("2279"), c.onward ?? (stryMutAct_9fa48("2280") ? "" : (stryCov_9fa48("2280"), 'coordinating')))),
      policy: stryMutAct_9fa48("2281") ? "" : (stryCov_9fa48("2281"), 'meetings.lead'),
      relation: personal(stryMutAct_9fa48("2282") ? () => undefined : (stryCov_9fa48("2282"), c => c.headPersonId)),
      when: planned,
      articles: stryMutAct_9fa48("2283") ? [] : (stryCov_9fa48("2283"), [53]),
      rules: stryMutAct_9fa48("2284") ? [] : (stryCov_9fa48("2284"), [stryMutAct_9fa48("2285") ? "" : (stryCov_9fa48("2285"), 'meetings.topic-lead-time')]),
      act: stryMutAct_9fa48("2286") ? "" : (stryCov_9fa48("2286"), 'meetings.topic.exception')
    }),
    review: stryMutAct_9fa48("2287") ? {} : (stryCov_9fa48("2287"), {
      label: stryMutAct_9fa48("2288") ? "" : (stryCov_9fa48("2288"), '审定议题'),
      from: stryMutAct_9fa48("2289") ? [] : (stryCov_9fa48("2289"), [stryMutAct_9fa48("2290") ? "" : (stryCov_9fa48("2290"), 'awaiting_review')]),
      to: stryMutAct_9fa48("2291") ? () => undefined : (stryCov_9fa48("2291"), c => stryMutAct_9fa48("2292") ? c.onward && 'ready' : (stryCov_9fa48("2292"), c.onward ?? (stryMutAct_9fa48("2293") ? "" : (stryCov_9fa48("2293"), 'ready')))),
      policy: stryMutAct_9fa48("2294") ? "" : (stryCov_9fa48("2294"), 'meetings.lead'),
      relation: personal(stryMutAct_9fa48("2295") ? () => undefined : (stryCov_9fa48("2295"), c => c.deputyInChargePersonId)),
      when: planned,
      articles: stryMutAct_9fa48("2296") ? [] : (stryCov_9fa48("2296"), [53]),
      rules: stryMutAct_9fa48("2297") ? [] : (stryCov_9fa48("2297"), [stryMutAct_9fa48("2298") ? "" : (stryCov_9fa48("2298"), 'meetings.topic-reviewed')]),
      act: stryMutAct_9fa48("2299") ? "" : (stryCov_9fa48("2299"), 'meetings.topic.review')
    }),
    schedule: topicOffice(stryMutAct_9fa48("2300") ? "" : (stryCov_9fa48("2300"), '列入议程'), stryMutAct_9fa48("2301") ? [] : (stryCov_9fa48("2301"), [stryMutAct_9fa48("2302") ? "" : (stryCov_9fa48("2302"), 'ready')]), stryMutAct_9fa48("2303") ? "" : (stryCov_9fa48("2303"), 'scheduled'), stryMutAct_9fa48("2304") ? [] : (stryCov_9fa48("2304"), [54]), stryMutAct_9fa48("2305") ? {} : (stryCov_9fa48("2305"), {
      when: planned,
      act: stryMutAct_9fa48("2306") ? "" : (stryCov_9fa48("2306"), 'meetings.topic.schedule')
    })),
    unschedule: topicOffice(stryMutAct_9fa48("2307") ? "" : (stryCov_9fa48("2307"), '移出议程'), stryMutAct_9fa48("2308") ? [] : (stryCov_9fa48("2308"), [stryMutAct_9fa48("2309") ? "" : (stryCov_9fa48("2309"), 'scheduled')]), stryMutAct_9fa48("2310") ? "" : (stryCov_9fa48("2310"), 'ready'), stryMutAct_9fa48("2311") ? [] : (stryCov_9fa48("2311"), [54]), stryMutAct_9fa48("2312") ? {} : (stryCov_9fa48("2312"), {
      when: planned,
      act: stryMutAct_9fa48("2313") ? "" : (stryCov_9fa48("2313"), 'meetings.topic.unschedule')
    })),
    decide: topicOffice(stryMutAct_9fa48("2314") ? "" : (stryCov_9fa48("2314"), '议定'), stryMutAct_9fa48("2315") ? [] : (stryCov_9fa48("2315"), [stryMutAct_9fa48("2316") ? "" : (stryCov_9fa48("2316"), 'ready'), stryMutAct_9fa48("2317") ? "" : (stryCov_9fa48("2317"), 'scheduled'), stryMutAct_9fa48("2318") ? "" : (stryCov_9fa48("2318"), 'decided')]), stryMutAct_9fa48("2319") ? "" : (stryCov_9fa48("2319"), 'decided'), stryMutAct_9fa48("2320") ? [] : (stryCov_9fa48("2320"), [49]), stryMutAct_9fa48("2321") ? {} : (stryCov_9fa48("2321"), {
      // On an executive meeting only what the arrangement put on the agenda is decided (art. 54).
      when: stryMutAct_9fa48("2322") ? () => undefined : (stryCov_9fa48("2322"), c => stryMutAct_9fa48("2325") ? c.meetingKind !== 'executive' && c.status !== 'ready' : stryMutAct_9fa48("2324") ? false : stryMutAct_9fa48("2323") ? true : (stryCov_9fa48("2323", "2324", "2325"), (stryMutAct_9fa48("2327") ? c.meetingKind === 'executive' : stryMutAct_9fa48("2326") ? false : (stryCov_9fa48("2326", "2327"), c.meetingKind !== (stryMutAct_9fa48("2328") ? "" : (stryCov_9fa48("2328"), 'executive')))) || (stryMutAct_9fa48("2330") ? c.status === 'ready' : stryMutAct_9fa48("2329") ? false : (stryCov_9fa48("2329", "2330"), c.status !== (stryMutAct_9fa48("2331") ? "" : (stryCov_9fa48("2331"), 'ready')))))),
      act: stryMutAct_9fa48("2332") ? "" : (stryCov_9fa48("2332"), 'meetings.topic.decide')
    }))
  })
});

/**
 * Where a topic's facts put it: a late topic waits for the 区长 (art. 53); then for countersignatures and the
 * coordination of disagreements (art. 52, as `meetings.topic-coordinated` finds); an executive meeting's topic
 * for the deputy in charge's review (art. 53); then it is ready for the agenda.
 */
export function topicStatusFrom(facts: {
  isLateWithoutException: boolean;
  isUncoordinated: boolean;
  needsReview: boolean;
}): TopicStatus {
  if (stryMutAct_9fa48("2333")) {
    {}
  } else {
    stryCov_9fa48("2333");
    if (stryMutAct_9fa48("2335") ? false : stryMutAct_9fa48("2334") ? true : (stryCov_9fa48("2334", "2335"), facts.isLateWithoutException)) return stryMutAct_9fa48("2336") ? "" : (stryCov_9fa48("2336"), 'awaiting_exception');
    if (stryMutAct_9fa48("2338") ? false : stryMutAct_9fa48("2337") ? true : (stryCov_9fa48("2337", "2338"), facts.isUncoordinated)) return stryMutAct_9fa48("2339") ? "" : (stryCov_9fa48("2339"), 'coordinating');
    return facts.needsReview ? stryMutAct_9fa48("2340") ? "" : (stryCov_9fa48("2340"), 'awaiting_review') : stryMutAct_9fa48("2341") ? "" : (stryCov_9fa48("2341"), 'ready');
  }
}
export const absenceStatuses = ['requested', 'consented', 'declined'] as const;
export type AbsenceStatus = (typeof absenceStatuses)[number];
export const absenceStatusLabels: Record<AbsenceStatus, string> = stryMutAct_9fa48("2342") ? {} : (stryCov_9fa48("2342"), {
  requested: stryMutAct_9fa48("2343") ? "" : (stryCov_9fa48("2343"), '待区长同意'),
  consented: stryMutAct_9fa48("2344") ? "" : (stryCov_9fa48("2344"), '区长已同意'),
  declined: stryMutAct_9fa48("2345") ? "" : (stryCov_9fa48("2345"), '区长未同意')
});

/** A government leader's request to be absent from a meeting (art. 55). */
export type AbsenceCase = {
  id: string;
  version: number;
  status: AbsenceStatus;
  headPersonId: string | null;
  isMeetingOpen: boolean;
};
export type AbsenceAction = 'consent' | 'decline';
const toHead = stryMutAct_9fa48("2346") ? () => undefined : (stryCov_9fa48("2346"), (() => {
  const toHead = (label: string, to: AbsenceStatus): ActionSpec<AbsenceStatus, AbsenceCase> => stryMutAct_9fa48("2347") ? {} : (stryCov_9fa48("2347"), {
    label,
    from: stryMutAct_9fa48("2348") ? [] : (stryCov_9fa48("2348"), [stryMutAct_9fa48("2349") ? "" : (stryCov_9fa48("2349"), 'requested')]),
    to,
    policy: stryMutAct_9fa48("2350") ? "" : (stryCov_9fa48("2350"), 'meetings.lead'),
    relation: personal(stryMutAct_9fa48("2351") ? () => undefined : (stryCov_9fa48("2351"), c => c.headPersonId)),
    when: stryMutAct_9fa48("2352") ? () => undefined : (stryCov_9fa48("2352"), c => c.isMeetingOpen),
    articles: stryMutAct_9fa48("2353") ? [] : (stryCov_9fa48("2353"), [55]),
    rules: stryMutAct_9fa48("2354") ? [] : (stryCov_9fa48("2354"), [stryMutAct_9fa48("2355") ? "" : (stryCov_9fa48("2355"), 'meetings.absence-to-head')]),
    act: stryMutAct_9fa48("2356") ? `` : (stryCov_9fa48("2356"), `meetings.absence.${(stryMutAct_9fa48("2359") ? to !== 'consented' : stryMutAct_9fa48("2358") ? false : stryMutAct_9fa48("2357") ? true : (stryCov_9fa48("2357", "2358", "2359"), to === (stryMutAct_9fa48("2360") ? "" : (stryCov_9fa48("2360"), 'consented')))) ? stryMutAct_9fa48("2361") ? "" : (stryCov_9fa48("2361"), 'consent') : stryMutAct_9fa48("2362") ? "" : (stryCov_9fa48("2362"), 'decline')}`)
  });
  return toHead;
})());
export const absenceCase: CaseDefinition<AbsenceStatus, AbsenceCase, AbsenceAction> = stryMutAct_9fa48("2363") ? {} : (stryCov_9fa48("2363"), {
  kind: stryMutAct_9fa48("2364") ? "" : (stryCov_9fa48("2364"), 'meeting_absence'),
  label: stryMutAct_9fa48("2365") ? "" : (stryCov_9fa48("2365"), '会议请假'),
  states: absenceStatusLabels,
  stateOf: stryMutAct_9fa48("2366") ? () => undefined : (stryCov_9fa48("2366"), c => c.status),
  actions: stryMutAct_9fa48("2367") ? {} : (stryCov_9fa48("2367"), {
    consent: toHead(stryMutAct_9fa48("2368") ? "" : (stryCov_9fa48("2368"), '同意请假'), stryMutAct_9fa48("2369") ? "" : (stryCov_9fa48("2369"), 'consented')),
    decline: toHead(stryMutAct_9fa48("2370") ? "" : (stryCov_9fa48("2370"), '不同意请假'), stryMutAct_9fa48("2371") ? "" : (stryCov_9fa48("2371"), 'declined'))
  })
});
export const taskStatuses = ['open', 'done'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskStatusLabels: Record<TaskStatus, string> = stryMutAct_9fa48("2372") ? {} : (stryCov_9fa48("2372"), {
  open: stryMutAct_9fa48("2373") ? "" : (stryCov_9fa48("2373"), '办理中'),
  done: stryMutAct_9fa48("2374") ? "" : (stryCov_9fa48("2374"), '已办结')
});

/** The follow-up task a decision item becomes (art. 57). */
export type TaskCase = {
  id: string;
  version: number;
  status: TaskStatus;
  leadUnitId: string;
};
export type TaskAction = 'complete';
export const taskCase: CaseDefinition<TaskStatus, TaskCase, TaskAction> = stryMutAct_9fa48("2375") ? {} : (stryCov_9fa48("2375"), {
  kind: stryMutAct_9fa48("2376") ? "" : (stryCov_9fa48("2376"), 'task'),
  label: stryMutAct_9fa48("2377") ? "" : (stryCov_9fa48("2377"), '督办任务'),
  states: taskStatusLabels,
  stateOf: stryMutAct_9fa48("2378") ? () => undefined : (stryCov_9fa48("2378"), c => c.status),
  actions: stryMutAct_9fa48("2379") ? {} : (stryCov_9fa48("2379"), {
    complete: stryMutAct_9fa48("2380") ? {} : (stryCov_9fa48("2380"), {
      label: stryMutAct_9fa48("2381") ? "" : (stryCov_9fa48("2381"), '办结'),
      from: stryMutAct_9fa48("2382") ? [] : (stryCov_9fa48("2382"), [stryMutAct_9fa48("2383") ? "" : (stryCov_9fa48("2383"), 'open')]),
      to: stryMutAct_9fa48("2384") ? "" : (stryCov_9fa48("2384"), 'done'),
      policy: stryMutAct_9fa48("2385") ? "" : (stryCov_9fa48("2385"), 'tasks.handle'),
      relation: ofUnit(stryMutAct_9fa48("2386") ? () => undefined : (stryCov_9fa48("2386"), c => stryMutAct_9fa48("2387") ? [] : (stryCov_9fa48("2387"), [c.leadUnitId]))),
      articles: stryMutAct_9fa48("2388") ? [] : (stryCov_9fa48("2388"), [57]),
      rules: stryMutAct_9fa48("2389") ? [] : (stryCov_9fa48("2389"), [stryMutAct_9fa48("2390") ? "" : (stryCov_9fa48("2390"), 'meetings.decisions-to-tasks')]),
      act: stryMutAct_9fa48("2391") ? "" : (stryCov_9fa48("2391"), 'tasks.complete')
    })
  })
});

/** The leaders a meetings case names, as the organisation has them on a day (built once per request). */
export type MeetingsOrg = {
  headPersonId: string | null;
  directorPersonId: string | null;
  officeDeputyDirectorIds: readonly string[];
  /** The deputy (or executive deputy) whose portfolio holds the unit. */
  deputyInChargeOf: (unitId: string) => string | null;
};