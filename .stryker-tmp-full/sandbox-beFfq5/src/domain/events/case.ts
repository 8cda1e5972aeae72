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
import { type CaseDefinition, ofUnit, personal } from '../case.js';
import type { DepartmentMeeting, Invitation, InvitationStatus, MeetingStatus, Speech, SpeechStatus } from './types.js';

/**
 * The events area, declared once: an invitation of a government leader (art. 90–92), a department's request
 * for a system-wide meeting (art. 58) and a request for consent to a speech or article (art. 81). The
 * operations, the `actions` every object is returned with and the 工作台 read these.
 *
 * An approval is an act of the approver. Where the rules name the 区政府 or the 区长, the 区长 takes it in his
 * own session — or the executive deputy presiding while he is away (art. 7), recorded as acting for him; the
 * `headPersonId` each case carries is the 区长 on the day it is judged. Where they name the 区委, whose
 * members work outside the platform, the office records the decision with the 区委's document attached.
 */

/** A case as the declarations judge it: with the 区长 of the day, whose own act an approval is. */
export type WithHead<T> = T & {
  headPersonId: string | null;
};
const byHead = personal<WithHead<unknown>>(stryMutAct_9fa48("877") ? () => undefined : (stryCov_9fa48("877"), c => c.headPersonId));
export type InvitationAction = 'approve' | 'refuse' | 'record_outside_approval' | 'record_outside_refusal' | 'arrange' | 'decline' | 'withdraw';
export const invitationCase: CaseDefinition<InvitationStatus, WithHead<Invitation>, InvitationAction> = stryMutAct_9fa48("878") ? {} : (stryCov_9fa48("878"), {
  kind: stryMutAct_9fa48("879") ? "" : (stryCov_9fa48("879"), 'invitation'),
  label: stryMutAct_9fa48("880") ? "" : (stryCov_9fa48("880"), '邀请'),
  states: stryMutAct_9fa48("881") ? {} : (stryCov_9fa48("881"), {
    awaiting_approval: stryMutAct_9fa48("882") ? "" : (stryCov_9fa48("882"), '待批准'),
    awaiting_arrangement: stryMutAct_9fa48("883") ? "" : (stryCov_9fa48("883"), '待安排'),
    arranged: stryMutAct_9fa48("884") ? "" : (stryCov_9fa48("884"), '已安排'),
    declined: stryMutAct_9fa48("885") ? "" : (stryCov_9fa48("885"), '不予安排'),
    not_approved: stryMutAct_9fa48("886") ? "" : (stryCov_9fa48("886"), '未获批准'),
    withdrawn: stryMutAct_9fa48("887") ? "" : (stryCov_9fa48("887"), '已撤回')
  }),
  stateOf: stryMutAct_9fa48("888") ? () => undefined : (stryCov_9fa48("888"), i => i.status),
  actions: stryMutAct_9fa48("889") ? {} : (stryCov_9fa48("889"), {
    approve: stryMutAct_9fa48("890") ? {} : (stryCov_9fa48("890"), {
      label: stryMutAct_9fa48("891") ? "" : (stryCov_9fa48("891"), '批准'),
      from: stryMutAct_9fa48("892") ? [] : (stryCov_9fa48("892"), [stryMutAct_9fa48("893") ? "" : (stryCov_9fa48("893"), 'awaiting_approval')]),
      to: stryMutAct_9fa48("894") ? "" : (stryCov_9fa48("894"), 'awaiting_arrangement'),
      policy: stryMutAct_9fa48("895") ? "" : (stryCov_9fa48("895"), 'events.decide'),
      relation: byHead,
      articles: stryMutAct_9fa48("896") ? [] : (stryCov_9fa48("896"), [91]),
      act: stryMutAct_9fa48("897") ? "" : (stryCov_9fa48("897"), 'invitation.approve'),
      rules: stryMutAct_9fa48("898") ? [] : (stryCov_9fa48("898"), [stryMutAct_9fa48("899") ? "" : (stryCov_9fa48("899"), 'events.invitation-approval-beforehand')])
    }),
    refuse: stryMutAct_9fa48("900") ? {} : (stryCov_9fa48("900"), {
      label: stryMutAct_9fa48("901") ? "" : (stryCov_9fa48("901"), '不批准'),
      from: stryMutAct_9fa48("902") ? [] : (stryCov_9fa48("902"), [stryMutAct_9fa48("903") ? "" : (stryCov_9fa48("903"), 'awaiting_approval')]),
      to: stryMutAct_9fa48("904") ? "" : (stryCov_9fa48("904"), 'not_approved'),
      policy: stryMutAct_9fa48("905") ? "" : (stryCov_9fa48("905"), 'events.decide'),
      relation: byHead,
      articles: stryMutAct_9fa48("906") ? [] : (stryCov_9fa48("906"), [91]),
      act: stryMutAct_9fa48("907") ? "" : (stryCov_9fa48("907"), 'invitation.refuse')
    }),
    // The 区委 decides outside the platform: the office records it from the document; the head's decision is his work.
    record_outside_approval: stryMutAct_9fa48("908") ? {} : (stryCov_9fa48("908"), {
      label: stryMutAct_9fa48("909") ? "" : (stryCov_9fa48("909"), '记录区委批准'),
      from: stryMutAct_9fa48("910") ? [] : (stryCov_9fa48("910"), [stryMutAct_9fa48("911") ? "" : (stryCov_9fa48("911"), 'awaiting_approval')]),
      to: stryMutAct_9fa48("912") ? "" : (stryCov_9fa48("912"), 'awaiting_arrangement'),
      policy: stryMutAct_9fa48("913") ? "" : (stryCov_9fa48("913"), 'events.approve'),
      articles: stryMutAct_9fa48("914") ? [] : (stryCov_9fa48("914"), [91]),
      act: stryMutAct_9fa48("915") ? "" : (stryCov_9fa48("915"), 'invitation.outside_approval'),
      rules: stryMutAct_9fa48("916") ? [] : (stryCov_9fa48("916"), [stryMutAct_9fa48("917") ? "" : (stryCov_9fa48("917"), 'events.invitation-approval-beforehand')]),
      isWork: stryMutAct_9fa48("918") ? true : (stryCov_9fa48("918"), false)
    }),
    record_outside_refusal: stryMutAct_9fa48("919") ? {} : (stryCov_9fa48("919"), {
      label: stryMutAct_9fa48("920") ? "" : (stryCov_9fa48("920"), '记录区委不批准'),
      from: stryMutAct_9fa48("921") ? [] : (stryCov_9fa48("921"), [stryMutAct_9fa48("922") ? "" : (stryCov_9fa48("922"), 'awaiting_approval')]),
      to: stryMutAct_9fa48("923") ? "" : (stryCov_9fa48("923"), 'not_approved'),
      policy: stryMutAct_9fa48("924") ? "" : (stryCov_9fa48("924"), 'events.approve'),
      articles: stryMutAct_9fa48("925") ? [] : (stryCov_9fa48("925"), [91]),
      act: stryMutAct_9fa48("926") ? "" : (stryCov_9fa48("926"), 'invitation.outside_refusal'),
      isWork: stryMutAct_9fa48("927") ? true : (stryCov_9fa48("927"), false)
    }),
    arrange: stryMutAct_9fa48("928") ? {} : (stryCov_9fa48("928"), {
      label: stryMutAct_9fa48("929") ? "" : (stryCov_9fa48("929"), '安排'),
      from: stryMutAct_9fa48("930") ? [] : (stryCov_9fa48("930"), [stryMutAct_9fa48("931") ? "" : (stryCov_9fa48("931"), 'awaiting_arrangement')]),
      to: stryMutAct_9fa48("932") ? "" : (stryCov_9fa48("932"), 'arranged'),
      policy: stryMutAct_9fa48("933") ? "" : (stryCov_9fa48("933"), 'events.arrange'),
      when: stryMutAct_9fa48("934") ? () => undefined : (stryCov_9fa48("934"), (i, viewer) => stryMutAct_9fa48("938") ? i.activityDate < viewer.today : stryMutAct_9fa48("937") ? i.activityDate > viewer.today : stryMutAct_9fa48("936") ? false : stryMutAct_9fa48("935") ? true : (stryCov_9fa48("935", "936", "937", "938"), i.activityDate >= viewer.today)),
      articles: stryMutAct_9fa48("939") ? [] : (stryCov_9fa48("939"), [90]),
      act: stryMutAct_9fa48("940") ? "" : (stryCov_9fa48("940"), 'invitation.arrange'),
      rules: stryMutAct_9fa48("941") ? [] : (stryCov_9fa48("941"), [stryMutAct_9fa48("942") ? "" : (stryCov_9fa48("942"), 'events.invitation-prior-approval')])
    }),
    decline: stryMutAct_9fa48("943") ? {} : (stryCov_9fa48("943"), {
      label: stryMutAct_9fa48("944") ? "" : (stryCov_9fa48("944"), '不予安排'),
      from: stryMutAct_9fa48("945") ? [] : (stryCov_9fa48("945"), [stryMutAct_9fa48("946") ? "" : (stryCov_9fa48("946"), 'awaiting_approval'), stryMutAct_9fa48("947") ? "" : (stryCov_9fa48("947"), 'awaiting_arrangement')]),
      to: stryMutAct_9fa48("948") ? "" : (stryCov_9fa48("948"), 'declined'),
      policy: stryMutAct_9fa48("949") ? "" : (stryCov_9fa48("949"), 'events.arrange'),
      articles: stryMutAct_9fa48("950") ? [] : (stryCov_9fa48("950"), [90]),
      act: stryMutAct_9fa48("951") ? "" : (stryCov_9fa48("951"), 'invitation.decline'),
      isWork: stryMutAct_9fa48("952") ? true : (stryCov_9fa48("952"), false)
    }),
    withdraw: stryMutAct_9fa48("953") ? {} : (stryCov_9fa48("953"), {
      label: stryMutAct_9fa48("954") ? "" : (stryCov_9fa48("954"), '撤回'),
      from: stryMutAct_9fa48("955") ? [] : (stryCov_9fa48("955"), [stryMutAct_9fa48("956") ? "" : (stryCov_9fa48("956"), 'awaiting_approval'), stryMutAct_9fa48("957") ? "" : (stryCov_9fa48("957"), 'awaiting_arrangement')]),
      to: stryMutAct_9fa48("958") ? "" : (stryCov_9fa48("958"), 'withdrawn'),
      policy: stryMutAct_9fa48("959") ? "" : (stryCov_9fa48("959"), 'events.invite'),
      relation: ofUnit(stryMutAct_9fa48("960") ? () => undefined : (stryCov_9fa48("960"), i => stryMutAct_9fa48("961") ? [] : (stryCov_9fa48("961"), [i.invitingUnitId]))),
      articles: stryMutAct_9fa48("962") ? [] : (stryCov_9fa48("962"), [90]),
      act: stryMutAct_9fa48("963") ? "" : (stryCov_9fa48("963"), 'invitation.withdraw'),
      isWork: stryMutAct_9fa48("964") ? true : (stryCov_9fa48("964"), false)
    })
  })
});
export type MeetingAction = 'approve_town_principals' | 'refuse_town_principals' | 'approve' | 'refuse' | 'withdraw';
export const departmentMeetingCase: CaseDefinition<MeetingStatus, WithHead<DepartmentMeeting>, MeetingAction> = stryMutAct_9fa48("965") ? {} : (stryCov_9fa48("965"), {
  kind: stryMutAct_9fa48("966") ? "" : (stryCov_9fa48("966"), 'department_meeting'),
  label: stryMutAct_9fa48("967") ? "" : (stryCov_9fa48("967"), '会议申请'),
  states: stryMutAct_9fa48("968") ? {} : (stryCov_9fa48("968"), {
    awaiting_head_approval: stryMutAct_9fa48("969") ? "" : (stryCov_9fa48("969"), '待区长批准'),
    awaiting_approval: stryMutAct_9fa48("970") ? "" : (stryCov_9fa48("970"), '待审批'),
    approved: stryMutAct_9fa48("971") ? "" : (stryCov_9fa48("971"), '已批准'),
    not_approved: stryMutAct_9fa48("972") ? "" : (stryCov_9fa48("972"), '未获批准'),
    withdrawn: stryMutAct_9fa48("973") ? "" : (stryCov_9fa48("973"), '已撤回')
  }),
  stateOf: stryMutAct_9fa48("974") ? () => undefined : (stryCov_9fa48("974"), m => m.status),
  actions: stryMutAct_9fa48("975") ? {} : (stryCov_9fa48("975"), {
    // Art. 58 "确需参加的，须经区长批准": the 区长's own act, before the office approves the meeting.
    approve_town_principals: stryMutAct_9fa48("976") ? {} : (stryCov_9fa48("976"), {
      label: stryMutAct_9fa48("977") ? "" : (stryCov_9fa48("977"), '区长批准请镇街主要负责人参加'),
      from: stryMutAct_9fa48("978") ? [] : (stryCov_9fa48("978"), [stryMutAct_9fa48("979") ? "" : (stryCov_9fa48("979"), 'awaiting_head_approval')]),
      to: stryMutAct_9fa48("980") ? "" : (stryCov_9fa48("980"), 'awaiting_approval'),
      policy: stryMutAct_9fa48("981") ? "" : (stryCov_9fa48("981"), 'events.decide'),
      relation: byHead,
      articles: stryMutAct_9fa48("982") ? [] : (stryCov_9fa48("982"), [58]),
      act: stryMutAct_9fa48("983") ? "" : (stryCov_9fa48("983"), 'department_meeting.head_approval'),
      rules: stryMutAct_9fa48("984") ? [] : (stryCov_9fa48("984"), [stryMutAct_9fa48("985") ? "" : (stryCov_9fa48("985"), 'events.meeting-approval-beforehand')])
    }),
    refuse_town_principals: stryMutAct_9fa48("986") ? {} : (stryCov_9fa48("986"), {
      label: stryMutAct_9fa48("987") ? "" : (stryCov_9fa48("987"), '区长不批准'),
      from: stryMutAct_9fa48("988") ? [] : (stryCov_9fa48("988"), [stryMutAct_9fa48("989") ? "" : (stryCov_9fa48("989"), 'awaiting_head_approval')]),
      to: stryMutAct_9fa48("990") ? "" : (stryCov_9fa48("990"), 'not_approved'),
      policy: stryMutAct_9fa48("991") ? "" : (stryCov_9fa48("991"), 'events.decide'),
      relation: byHead,
      articles: stryMutAct_9fa48("992") ? [] : (stryCov_9fa48("992"), [58]),
      act: stryMutAct_9fa48("993") ? "" : (stryCov_9fa48("993"), 'department_meeting.head_refusal')
    }),
    approve: stryMutAct_9fa48("994") ? {} : (stryCov_9fa48("994"), {
      label: stryMutAct_9fa48("995") ? "" : (stryCov_9fa48("995"), '批准'),
      from: stryMutAct_9fa48("996") ? [] : (stryCov_9fa48("996"), [stryMutAct_9fa48("997") ? "" : (stryCov_9fa48("997"), 'awaiting_approval')]),
      to: stryMutAct_9fa48("998") ? "" : (stryCov_9fa48("998"), 'approved'),
      policy: stryMutAct_9fa48("999") ? "" : (stryCov_9fa48("999"), 'events.approve'),
      articles: stryMutAct_9fa48("1000") ? [] : (stryCov_9fa48("1000"), [58]),
      act: stryMutAct_9fa48("1001") ? "" : (stryCov_9fa48("1001"), 'department_meeting.approval'),
      rules: stryMutAct_9fa48("1002") ? [] : (stryCov_9fa48("1002"), [stryMutAct_9fa48("1003") ? "" : (stryCov_9fa48("1003"), 'events.meeting-approval-beforehand')])
    }),
    refuse: stryMutAct_9fa48("1004") ? {} : (stryCov_9fa48("1004"), {
      label: stryMutAct_9fa48("1005") ? "" : (stryCov_9fa48("1005"), '不批准'),
      from: stryMutAct_9fa48("1006") ? [] : (stryCov_9fa48("1006"), [stryMutAct_9fa48("1007") ? "" : (stryCov_9fa48("1007"), 'awaiting_approval')]),
      to: stryMutAct_9fa48("1008") ? "" : (stryCov_9fa48("1008"), 'not_approved'),
      policy: stryMutAct_9fa48("1009") ? "" : (stryCov_9fa48("1009"), 'events.approve'),
      articles: stryMutAct_9fa48("1010") ? [] : (stryCov_9fa48("1010"), [58]),
      act: stryMutAct_9fa48("1011") ? "" : (stryCov_9fa48("1011"), 'department_meeting.refusal')
    }),
    withdraw: stryMutAct_9fa48("1012") ? {} : (stryCov_9fa48("1012"), {
      label: stryMutAct_9fa48("1013") ? "" : (stryCov_9fa48("1013"), '撤回'),
      from: stryMutAct_9fa48("1014") ? [] : (stryCov_9fa48("1014"), [stryMutAct_9fa48("1015") ? "" : (stryCov_9fa48("1015"), 'awaiting_head_approval'), stryMutAct_9fa48("1016") ? "" : (stryCov_9fa48("1016"), 'awaiting_approval'), stryMutAct_9fa48("1017") ? "" : (stryCov_9fa48("1017"), 'approved')]),
      to: stryMutAct_9fa48("1018") ? "" : (stryCov_9fa48("1018"), 'withdrawn'),
      policy: stryMutAct_9fa48("1019") ? "" : (stryCov_9fa48("1019"), 'events.request_meeting'),
      relation: ofUnit(stryMutAct_9fa48("1020") ? () => undefined : (stryCov_9fa48("1020"), m => stryMutAct_9fa48("1021") ? [] : (stryCov_9fa48("1021"), [m.unitId]))),
      when: stryMutAct_9fa48("1022") ? () => undefined : (stryCov_9fa48("1022"), (m, viewer) => stryMutAct_9fa48("1026") ? m.meetingDate < viewer.today : stryMutAct_9fa48("1025") ? m.meetingDate > viewer.today : stryMutAct_9fa48("1024") ? false : stryMutAct_9fa48("1023") ? true : (stryCov_9fa48("1023", "1024", "1025", "1026"), m.meetingDate >= viewer.today)),
      articles: stryMutAct_9fa48("1027") ? [] : (stryCov_9fa48("1027"), [58]),
      act: stryMutAct_9fa48("1028") ? "" : (stryCov_9fa48("1028"), 'department_meeting.withdraw'),
      isWork: stryMutAct_9fa48("1029") ? true : (stryCov_9fa48("1029"), false)
    })
  })
});
export type SpeechAction = 'consent' | 'refuse';

/** Art. 81 "事先须经区政府同意": the 区政府's consent, given by the 区长 himself (or whoever presides for him). */
export const speechCase: CaseDefinition<SpeechStatus, WithHead<Speech>, SpeechAction> = stryMutAct_9fa48("1030") ? {} : (stryCov_9fa48("1030"), {
  kind: stryMutAct_9fa48("1031") ? "" : (stryCov_9fa48("1031"), 'speech'),
  label: stryMutAct_9fa48("1032") ? "" : (stryCov_9fa48("1032"), '讲话文章报批'),
  states: stryMutAct_9fa48("1033") ? {} : (stryCov_9fa48("1033"), {
    awaiting_approval: stryMutAct_9fa48("1034") ? "" : (stryCov_9fa48("1034"), '待审批'),
    approved: stryMutAct_9fa48("1035") ? "" : (stryCov_9fa48("1035"), '已同意'),
    not_approved: stryMutAct_9fa48("1036") ? "" : (stryCov_9fa48("1036"), '未同意')
  }),
  stateOf: stryMutAct_9fa48("1037") ? () => undefined : (stryCov_9fa48("1037"), s => s.status),
  actions: stryMutAct_9fa48("1038") ? {} : (stryCov_9fa48("1038"), {
    consent: stryMutAct_9fa48("1039") ? {} : (stryCov_9fa48("1039"), {
      label: stryMutAct_9fa48("1040") ? "" : (stryCov_9fa48("1040"), '同意'),
      from: stryMutAct_9fa48("1041") ? [] : (stryCov_9fa48("1041"), [stryMutAct_9fa48("1042") ? "" : (stryCov_9fa48("1042"), 'awaiting_approval')]),
      to: stryMutAct_9fa48("1043") ? "" : (stryCov_9fa48("1043"), 'approved'),
      policy: stryMutAct_9fa48("1044") ? "" : (stryCov_9fa48("1044"), 'events.decide'),
      relation: byHead,
      articles: stryMutAct_9fa48("1045") ? [] : (stryCov_9fa48("1045"), [81]),
      act: stryMutAct_9fa48("1046") ? "" : (stryCov_9fa48("1046"), 'speech.consent'),
      rules: stryMutAct_9fa48("1047") ? [] : (stryCov_9fa48("1047"), [stryMutAct_9fa48("1048") ? "" : (stryCov_9fa48("1048"), 'events.speech-prior-consent')])
    }),
    refuse: stryMutAct_9fa48("1049") ? {} : (stryCov_9fa48("1049"), {
      label: stryMutAct_9fa48("1050") ? "" : (stryCov_9fa48("1050"), '不同意'),
      from: stryMutAct_9fa48("1051") ? [] : (stryCov_9fa48("1051"), [stryMutAct_9fa48("1052") ? "" : (stryCov_9fa48("1052"), 'awaiting_approval')]),
      to: stryMutAct_9fa48("1053") ? "" : (stryCov_9fa48("1053"), 'not_approved'),
      policy: stryMutAct_9fa48("1054") ? "" : (stryCov_9fa48("1054"), 'events.decide'),
      relation: byHead,
      articles: stryMutAct_9fa48("1055") ? [] : (stryCov_9fa48("1055"), [81]),
      act: stryMutAct_9fa48("1056") ? "" : (stryCov_9fa48("1056"), 'speech.refuse')
    })
  })
});