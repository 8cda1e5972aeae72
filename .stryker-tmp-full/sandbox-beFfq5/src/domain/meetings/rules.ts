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
import type { Rule } from '../../rules/types.js';
import { type MeetingKind, quorumOf } from './types.js';
const EFFECTIVE = stryMutAct_9fa48("2392") ? {} : (stryCov_9fa48("2392"), {
  from: stryMutAct_9fa48("2393") ? "" : (stryCov_9fa48("2393"), '2022-01-31')
});

/** A topic placed on a meeting's agenda. */
export type TopicFacts = {
  meetingKind: MeetingKind;
  isMajor: boolean;
  /** Working days between the topic's submission and the meeting (the submission day does not count). */
  workingDaysAhead: number;
  hasHeadException: boolean;
  /** Related units that have not countersigned, and disagreements without both sides' grounds. */
  unsignedUnits: readonly string[];
  groundlessDisagreements: readonly string[];
};
export const topicRules: readonly Rule<TopicFacts>[] = stryMutAct_9fa48("2394") ? [] : (stryCov_9fa48("2394"), [stryMutAct_9fa48("2395") ? {} : (stryCov_9fa48("2395"), {
  id: stryMutAct_9fa48("2396") ? "" : (stryCov_9fa48("2396"), 'meetings.major-only-plenary-or-executive'),
  kind: stryMutAct_9fa48("2397") ? "" : (stryCov_9fa48("2397"), 'guard'),
  cites: stryMutAct_9fa48("2398") ? [] : (stryCov_9fa48("2398"), [stryMutAct_9fa48("2399") ? {} : (stryCov_9fa48("2399"), {
    article: 8
  }), stryMutAct_9fa48("2400") ? {} : (stryCov_9fa48("2400"), {
    article: 27
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("2401") ? "" : (stryCov_9fa48("2401"), '区政府工作中的重大问题，必须经区政府全体会议或常务会议讨论决定'),
  check: stryMutAct_9fa48("2402") ? () => undefined : (stryCov_9fa48("2402"), ({
    meetingKind,
    isMajor
  }) => (stryMutAct_9fa48("2405") ? isMajor && meetingKind !== 'plenary' || meetingKind !== 'executive' : stryMutAct_9fa48("2404") ? false : stryMutAct_9fa48("2403") ? true : (stryCov_9fa48("2403", "2404", "2405"), (stryMutAct_9fa48("2407") ? isMajor || meetingKind !== 'plenary' : stryMutAct_9fa48("2406") ? true : (stryCov_9fa48("2406", "2407"), isMajor && (stryMutAct_9fa48("2409") ? meetingKind === 'plenary' : stryMutAct_9fa48("2408") ? true : (stryCov_9fa48("2408", "2409"), meetingKind !== (stryMutAct_9fa48("2410") ? "" : (stryCov_9fa48("2410"), 'plenary')))))) && (stryMutAct_9fa48("2412") ? meetingKind === 'executive' : stryMutAct_9fa48("2411") ? true : (stryCov_9fa48("2411", "2412"), meetingKind !== (stryMutAct_9fa48("2413") ? "" : (stryCov_9fa48("2413"), 'executive')))))) ? stryMutAct_9fa48("2414") ? {} : (stryCov_9fa48("2414"), {
    article: 8,
    message: stryMutAct_9fa48("2415") ? "" : (stryCov_9fa48("2415"), '第八条：区政府工作中的重大问题，必须经区政府全体会议或常务会议讨论决定，不能在专题会议或区长办公会议上决定')
  }) : undefined)
}), stryMutAct_9fa48("2416") ? {} : (stryCov_9fa48("2416"), {
  id: stryMutAct_9fa48("2417") ? "" : (stryCov_9fa48("2417"), 'meetings.topic-lead-time'),
  kind: stryMutAct_9fa48("2418") ? "" : (stryCov_9fa48("2418"), 'clock'),
  cites: stryMutAct_9fa48("2419") ? [] : (stryCov_9fa48("2419"), [stryMutAct_9fa48("2420") ? {} : (stryCov_9fa48("2420"), {
    article: 53
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("2421") ? "" : (stryCov_9fa48("2421"), '拟提交区政府常务会议研究的议题，一般应于会前规定的工作日数提报区长、分管副区长审定'),
  params: stryMutAct_9fa48("2422") ? [] : (stryCov_9fa48("2422"), [stryMutAct_9fa48("2423") ? "" : (stryCov_9fa48("2423"), 'meetings.topicLeadWorkingDays')]),
  check: ({
    meetingKind,
    workingDaysAhead,
    hasHeadException
  }, param) => {
    if (stryMutAct_9fa48("2424")) {
      {}
    } else {
      stryCov_9fa48("2424");
      const lead = param(stryMutAct_9fa48("2425") ? "" : (stryCov_9fa48("2425"), 'meetings.topicLeadWorkingDays'));
      if (stryMutAct_9fa48("2428") ? meetingKind !== 'executive' && workingDaysAhead >= lead : stryMutAct_9fa48("2427") ? false : stryMutAct_9fa48("2426") ? true : (stryCov_9fa48("2426", "2427", "2428"), (stryMutAct_9fa48("2430") ? meetingKind === 'executive' : stryMutAct_9fa48("2429") ? false : (stryCov_9fa48("2429", "2430"), meetingKind !== (stryMutAct_9fa48("2431") ? "" : (stryCov_9fa48("2431"), 'executive')))) || (stryMutAct_9fa48("2434") ? workingDaysAhead < lead : stryMutAct_9fa48("2433") ? workingDaysAhead > lead : stryMutAct_9fa48("2432") ? false : (stryCov_9fa48("2432", "2433", "2434"), workingDaysAhead >= lead)))) return undefined;
      if (stryMutAct_9fa48("2436") ? false : stryMutAct_9fa48("2435") ? true : (stryCov_9fa48("2435", "2436"), hasHeadException)) {
        if (stryMutAct_9fa48("2437")) {
          {}
        } else {
          stryCov_9fa48("2437");
          return stryMutAct_9fa48("2438") ? {} : (stryCov_9fa48("2438"), {
            severity: stryMutAct_9fa48("2439") ? "" : (stryCov_9fa48("2439"), 'flag'),
            message: stryMutAct_9fa48("2440") ? `` : (stryCov_9fa48("2440"), `会前${workingDaysAhead}个工作日提报（规定${lead}个工作日），经区长同意例外上会`)
          });
        }
      }
      return stryMutAct_9fa48("2441") ? {} : (stryCov_9fa48("2441"), {
        message: stryMutAct_9fa48("2442") ? `` : (stryCov_9fa48("2442"), `第五十三条：议题一般应于会前${lead}个工作日提报区长、分管副区长审定，本议题距会议仅${workingDaysAhead}个工作日；确需上会的，须经区长同意`)
      });
    }
  }
}), stryMutAct_9fa48("2443") ? {} : (stryCov_9fa48("2443"), {
  id: stryMutAct_9fa48("2444") ? "" : (stryCov_9fa48("2444"), 'meetings.topic-coordinated'),
  kind: stryMutAct_9fa48("2445") ? "" : (stryCov_9fa48("2445"), 'guard'),
  cites: stryMutAct_9fa48("2446") ? [] : (stryCov_9fa48("2446"), [stryMutAct_9fa48("2447") ? {} : (stryCov_9fa48("2447"), {
    article: 52
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("2448") ? "" : (stryCov_9fa48("2448"), '提交议题前与相关单位协调一致，有关单位主要负责人在会签意见上签字；分歧列明各方理据，报分管副区长协调'),
  check: ({
    unsignedUnits,
    groundlessDisagreements
  }) => {
    if (stryMutAct_9fa48("2449")) {
      {}
    } else {
      stryCov_9fa48("2449");
      if (stryMutAct_9fa48("2453") ? unsignedUnits.length <= 0 : stryMutAct_9fa48("2452") ? unsignedUnits.length >= 0 : stryMutAct_9fa48("2451") ? false : stryMutAct_9fa48("2450") ? true : (stryCov_9fa48("2450", "2451", "2452", "2453"), unsignedUnits.length > 0)) {
        if (stryMutAct_9fa48("2454")) {
          {}
        } else {
          stryCov_9fa48("2454");
          return stryMutAct_9fa48("2455") ? {} : (stryCov_9fa48("2455"), {
            message: stryMutAct_9fa48("2456") ? `` : (stryCov_9fa48("2456"), `第五十二条：议题须经相关单位主要负责人会签，尚未会签：${unsignedUnits.join(stryMutAct_9fa48("2457") ? "" : (stryCov_9fa48("2457"), '、'))}`)
          });
        }
      }
      return (stryMutAct_9fa48("2461") ? groundlessDisagreements.length <= 0 : stryMutAct_9fa48("2460") ? groundlessDisagreements.length >= 0 : stryMutAct_9fa48("2459") ? false : stryMutAct_9fa48("2458") ? true : (stryCov_9fa48("2458", "2459", "2460", "2461"), groundlessDisagreements.length > 0)) ? stryMutAct_9fa48("2462") ? {} : (stryCov_9fa48("2462"), {
        message: stryMutAct_9fa48("2463") ? `` : (stryCov_9fa48("2463"), `第五十二条：协调不能取得一致的，须附协调说明、列明各方理据：${groundlessDisagreements.join(stryMutAct_9fa48("2464") ? "" : (stryCov_9fa48("2464"), '、'))}`)
      }) : undefined;
    }
  }
})]);

/** Who signs a meeting's minutes (art. 56): the person signing, and whom they stand in for (art. 7, 62). */
export type MinutesFacts = {
  meetingKind: MeetingKind;
  signerPersonId: string;
  /** The absent person the signer acts for, if any. */
  signerActsForPersonId: string | null;
  headPersonId: string | null;
  chairPersonId: string;
  /** For a topical meeting held by the office director or a deputy director on a leader's behalf. */
  delegatedByPersonId: string | null;
  hasDelegatorApproval: boolean;
};
export const minutesRules: readonly Rule<MinutesFacts>[] = stryMutAct_9fa48("2465") ? [] : (stryCov_9fa48("2465"), [stryMutAct_9fa48("2466") ? {} : (stryCov_9fa48("2466"), {
  id: stryMutAct_9fa48("2467") ? "" : (stryCov_9fa48("2467"), 'meetings.minutes-signer'),
  kind: stryMutAct_9fa48("2468") ? "" : (stryCov_9fa48("2468"), 'guard'),
  cites: stryMutAct_9fa48("2469") ? [] : (stryCov_9fa48("2469"), [stryMutAct_9fa48("2470") ? {} : (stryCov_9fa48("2470"), {
    article: 56
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("2471") ? "" : (stryCov_9fa48("2471"), '全体会议、常务会议纪要由区长签发；专题会议纪要由会议主持人签发'),
  check: ({
    meetingKind,
    signerPersonId,
    signerActsForPersonId,
    headPersonId,
    chairPersonId,
    delegatedByPersonId
  }) => {
    if (stryMutAct_9fa48("2472")) {
      {}
    } else {
      stryCov_9fa48("2472");
      const is = stryMutAct_9fa48("2473") ? () => undefined : (stryCov_9fa48("2473"), (() => {
        const is = (personId: string | null) => stryMutAct_9fa48("2476") ? personId !== null || signerPersonId === personId || signerActsForPersonId === personId : stryMutAct_9fa48("2475") ? false : stryMutAct_9fa48("2474") ? true : (stryCov_9fa48("2474", "2475", "2476"), (stryMutAct_9fa48("2478") ? personId === null : stryMutAct_9fa48("2477") ? true : (stryCov_9fa48("2477", "2478"), personId !== null)) && (stryMutAct_9fa48("2480") ? signerPersonId === personId && signerActsForPersonId === personId : stryMutAct_9fa48("2479") ? true : (stryCov_9fa48("2479", "2480"), (stryMutAct_9fa48("2482") ? signerPersonId !== personId : stryMutAct_9fa48("2481") ? false : (stryCov_9fa48("2481", "2482"), signerPersonId === personId)) || (stryMutAct_9fa48("2484") ? signerActsForPersonId !== personId : stryMutAct_9fa48("2483") ? false : (stryCov_9fa48("2483", "2484"), signerActsForPersonId === personId)))));
        return is;
      })());
      if (stryMutAct_9fa48("2487") ? meetingKind === 'topical' : stryMutAct_9fa48("2486") ? false : stryMutAct_9fa48("2485") ? true : (stryCov_9fa48("2485", "2486", "2487"), meetingKind !== (stryMutAct_9fa48("2488") ? "" : (stryCov_9fa48("2488"), 'topical')))) return is(headPersonId) ? undefined : stryMutAct_9fa48("2489") ? {} : (stryCov_9fa48("2489"), {
        message: stryMutAct_9fa48("2490") ? "" : (stryCov_9fa48("2490"), '第五十六条：区政府全体会议、常务会议的纪要，由区长签发')
      });
      if (stryMutAct_9fa48("2493") ? is(chairPersonId) && is(delegatedByPersonId) : stryMutAct_9fa48("2492") ? false : stryMutAct_9fa48("2491") ? true : (stryCov_9fa48("2491", "2492", "2493"), is(chairPersonId) || is(delegatedByPersonId))) return undefined;
      return stryMutAct_9fa48("2494") ? {} : (stryCov_9fa48("2494"), {
        message: stryMutAct_9fa48("2495") ? "" : (stryCov_9fa48("2495"), '第五十六条：区政府专题会议纪要由会议主持人签发')
      });
    }
  }
}), stryMutAct_9fa48("2496") ? {} : (stryCov_9fa48("2496"), {
  id: stryMutAct_9fa48("2497") ? "" : (stryCov_9fa48("2497"), 'meetings.delegated-minutes-approval'),
  kind: stryMutAct_9fa48("2498") ? "" : (stryCov_9fa48("2498"), 'guard'),
  cites: stryMutAct_9fa48("2499") ? [] : (stryCov_9fa48("2499"), [stryMutAct_9fa48("2500") ? {} : (stryCov_9fa48("2500"), {
    article: 56
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("2501") ? "" : (stryCov_9fa48("2501"), '办公室主任、副主任受委托召开的专题会议，纪要须由委托的区长或副区长审定同意后印发'),
  check: stryMutAct_9fa48("2502") ? () => undefined : (stryCov_9fa48("2502"), ({
    meetingKind,
    delegatedByPersonId,
    hasDelegatorApproval
  }) => (stryMutAct_9fa48("2505") ? meetingKind === 'topical' && delegatedByPersonId || !hasDelegatorApproval : stryMutAct_9fa48("2504") ? false : stryMutAct_9fa48("2503") ? true : (stryCov_9fa48("2503", "2504", "2505"), (stryMutAct_9fa48("2507") ? meetingKind === 'topical' || delegatedByPersonId : stryMutAct_9fa48("2506") ? true : (stryCov_9fa48("2506", "2507"), (stryMutAct_9fa48("2509") ? meetingKind !== 'topical' : stryMutAct_9fa48("2508") ? true : (stryCov_9fa48("2508", "2509"), meetingKind === (stryMutAct_9fa48("2510") ? "" : (stryCov_9fa48("2510"), 'topical')))) && delegatedByPersonId)) && (stryMutAct_9fa48("2511") ? hasDelegatorApproval : (stryCov_9fa48("2511"), !hasDelegatorApproval)))) ? stryMutAct_9fa48("2512") ? {} : (stryCov_9fa48("2512"), {
    message: stryMutAct_9fa48("2513") ? "" : (stryCov_9fa48("2513"), '第五十六条：受委托召开的专题会议，会议纪要须由委托的区长或副区长审定同意后印发')
  }) : undefined)
})]);

/** Whether an executive meeting can record decisions (art. 49): members seated and present. */
export type DecisionFacts = {
  meetingKind: MeetingKind;
  members: number;
  present: number;
};
export const decisionRules: readonly Rule<DecisionFacts>[] = stryMutAct_9fa48("2514") ? [] : (stryCov_9fa48("2514"), [stryMutAct_9fa48("2515") ? {} : (stryCov_9fa48("2515"), {
  id: stryMutAct_9fa48("2516") ? "" : (stryCov_9fa48("2516"), 'meetings.executive-quorum'),
  kind: stryMutAct_9fa48("2517") ? "" : (stryCov_9fa48("2517"), 'guard'),
  cites: stryMutAct_9fa48("2518") ? [] : (stryCov_9fa48("2518"), [stryMutAct_9fa48("2519") ? {} : (stryCov_9fa48("2519"), {
    article: 49
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("2520") ? "" : (stryCov_9fa48("2520"), '常务会议出席人数须超过应到人数的规定比例，不足法定人数不能形成决定'),
  params: stryMutAct_9fa48("2521") ? [] : (stryCov_9fa48("2521"), [stryMutAct_9fa48("2522") ? "" : (stryCov_9fa48("2522"), 'meetings.executive.quorum')]),
  check: ({
    meetingKind,
    members,
    present
  }, param) => {
    if (stryMutAct_9fa48("2523")) {
      {}
    } else {
      stryCov_9fa48("2523");
      if (stryMutAct_9fa48("2526") ? meetingKind === 'executive' : stryMutAct_9fa48("2525") ? false : stryMutAct_9fa48("2524") ? true : (stryCov_9fa48("2524", "2525", "2526"), meetingKind !== (stryMutAct_9fa48("2527") ? "" : (stryCov_9fa48("2527"), 'executive')))) return undefined;
      const quorum = quorumOf(members, present, param(stryMutAct_9fa48("2528") ? "" : (stryCov_9fa48("2528"), 'meetings.executive.quorum')));
      return quorum.hasQuorum ? undefined : stryMutAct_9fa48("2529") ? {} : (stryCov_9fa48("2529"), {
        message: stryMutAct_9fa48("2530") ? `` : (stryCov_9fa48("2530"), `第四十九条：${quorum.explanation}，不能形成决定`)
      });
    }
  }
})]);