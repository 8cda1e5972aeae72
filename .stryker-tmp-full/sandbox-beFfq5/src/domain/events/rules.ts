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
import type { LocalDate, Rule } from '../../rules/types.js';
import { daysBetween } from '../leave/types.js';
import { type ApprovalRecord, type HeadApproval, type InvitationAddressee, type InvitationKind, invitationKindLabels, type MeetingChair, type MeetingFormat, type MeetingInvitee, needsPriorApproval } from './types.js';
const EFFECTIVE = stryMutAct_9fa48("1057") ? {} : (stryCov_9fa48("1057"), {
  from: stryMutAct_9fa48("1058") ? "" : (stryCov_9fa48("1058"), '2022-01-31')
});

/** What the art. 90 rules look at when a unit submits an invitation (the lead time comes from the rulebook as of the submission day). */
export type InvitationSubmissionFacts = {
  invitation: {
    kind: InvitationKind;
    activityDate: LocalDate;
    addressedTo: InvitationAddressee;
    submittedOn: LocalDate;
  };
};

/** The art. 90 guards on submitting an invitation. */
export const invitationSubmissionRules: readonly Rule<InvitationSubmissionFacts>[] = stryMutAct_9fa48("1059") ? [] : (stryCov_9fa48("1059"), [stryMutAct_9fa48("1060") ? {} : (stryCov_9fa48("1060"), {
  id: stryMutAct_9fa48("1061") ? "" : (stryCov_9fa48("1061"), 'events.invitation-through-office'),
  kind: stryMutAct_9fa48("1062") ? "" : (stryCov_9fa48("1062"), 'guard'),
  cites: stryMutAct_9fa48("1063") ? [] : (stryCov_9fa48("1063"), [stryMutAct_9fa48("1064") ? {} : (stryCov_9fa48("1064"), {
    article: 90
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1065") ? "" : (stryCov_9fa48("1065"), '邀请区政府领导同志参加的内外事活动，一律由区政府办公室统一安排；不得直接向区政府领导同志个人发送请柬'),
  check: stryMutAct_9fa48("1066") ? () => undefined : (stryCov_9fa48("1066"), ({
    invitation
  }) => (stryMutAct_9fa48("1069") ? invitation.addressedTo !== 'office' : stryMutAct_9fa48("1068") ? false : stryMutAct_9fa48("1067") ? true : (stryCov_9fa48("1067", "1068", "1069"), invitation.addressedTo === (stryMutAct_9fa48("1070") ? "" : (stryCov_9fa48("1070"), 'office')))) ? undefined : stryMutAct_9fa48("1071") ? {} : (stryCov_9fa48("1071"), {
    message: stryMutAct_9fa48("1072") ? "" : (stryCov_9fa48("1072"), '第九十条：邀请区政府领导同志参加的内外事活动，一律由区政府办公室统一安排，各镇街道、区政府各部门不得直接向区政府领导同志个人发送请柬；请以区政府办公室为收件方报送')
  }))
}), stryMutAct_9fa48("1073") ? {} : (stryCov_9fa48("1073"), {
  id: stryMutAct_9fa48("1074") ? "" : (stryCov_9fa48("1074"), 'events.invitation-lead-days'),
  kind: stryMutAct_9fa48("1075") ? "" : (stryCov_9fa48("1075"), 'clock'),
  cites: stryMutAct_9fa48("1076") ? [] : (stryCov_9fa48("1076"), [stryMutAct_9fa48("1077") ? {} : (stryCov_9fa48("1077"), {
    article: 90
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1078") ? "" : (stryCov_9fa48("1078"), '邀请区政府领导同志参加的重要活动，应按规定天数提前报区政府办公室（报送当日不计入）'),
  params: stryMutAct_9fa48("1079") ? [] : (stryCov_9fa48("1079"), [stryMutAct_9fa48("1080") ? "" : (stryCov_9fa48("1080"), 'events.invitationLeadDays')]),
  check: ({
    invitation
  }, param) => {
    if (stryMutAct_9fa48("1081")) {
      {}
    } else {
      stryCov_9fa48("1081");
      const leadDays = param(stryMutAct_9fa48("1082") ? "" : (stryCov_9fa48("1082"), 'events.invitationLeadDays'));
      const ahead = daysBetween(invitation.submittedOn, invitation.activityDate);
      if (stryMutAct_9fa48("1086") ? ahead < leadDays : stryMutAct_9fa48("1085") ? ahead > leadDays : stryMutAct_9fa48("1084") ? false : stryMutAct_9fa48("1083") ? true : (stryCov_9fa48("1083", "1084", "1085", "1086"), ahead >= leadDays)) return undefined;
      const shown = stryMutAct_9fa48("1087") ? Math.min(ahead, 0) : (stryCov_9fa48("1087"), Math.max(ahead, 0));
      // A visit from above is fixed by those who make it (art. 92 "根据工作需要安排"): the office is told, not refused.
      if (stryMutAct_9fa48("1090") ? invitation.kind !== 'reception' : stryMutAct_9fa48("1089") ? false : stryMutAct_9fa48("1088") ? true : (stryCov_9fa48("1088", "1089", "1090"), invitation.kind === (stryMutAct_9fa48("1091") ? "" : (stryCov_9fa48("1091"), 'reception')))) {
        if (stryMutAct_9fa48("1092")) {
          {}
        } else {
          stryCov_9fa48("1092");
          return stryMutAct_9fa48("1093") ? {} : (stryCov_9fa48("1093"), {
            severity: stryMutAct_9fa48("1094") ? "" : (stryCov_9fa48("1094"), 'flag'),
            message: stryMutAct_9fa48("1095") ? `` : (stryCov_9fa48("1095"), `来访接待报送时距活动仅${shown}天（一般应提前${leadDays}天），按第九十二条根据工作需要安排`)
          });
        }
      }
      return stryMutAct_9fa48("1096") ? {} : (stryCov_9fa48("1096"), {
        message: stryMutAct_9fa48("1097") ? `` : (stryCov_9fa48("1097"), `第九十条：邀请区政府领导同志参加的重要活动，应提前${leadDays}天报区政府办公室按规定程序办理；本次仅提前${shown}天（报送当日不计入）`)
      });
    }
  }
})]);

/** What the office's arrangement of an invitation is checked against. */
export type InvitationArrangementFacts = {
  kind: InvitationKind;
  approval: Pick<ApprovalRecord, 'decision'> | null;
};

/** The art. 91 guard on arranging: the listed activities need the 区委's or the 区政府's approval first. */
export const invitationArrangementRules: readonly Rule<InvitationArrangementFacts>[] = stryMutAct_9fa48("1098") ? [] : (stryCov_9fa48("1098"), [stryMutAct_9fa48("1099") ? {} : (stryCov_9fa48("1099"), {
  id: stryMutAct_9fa48("1100") ? "" : (stryCov_9fa48("1100"), 'events.invitation-prior-approval'),
  kind: stryMutAct_9fa48("1101") ? "" : (stryCov_9fa48("1101"), 'guard'),
  cites: stryMutAct_9fa48("1102") ? [] : (stryCov_9fa48("1102"), [stryMutAct_9fa48("1103") ? {} : (stryCov_9fa48("1103"), {
    article: 91
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1104") ? "" : (stryCov_9fa48("1104"), '未经区委、区政府批准，区政府领导同志不参加剪彩、奠基活动和庆祝会、纪念会、表彰会、座谈会、博览会、研讨会及各类论坛，不发贺信贺电，不公开出版著作讲话，不题词题字作序'),
  check: stryMutAct_9fa48("1105") ? () => undefined : (stryCov_9fa48("1105"), ({
    kind,
    approval
  }) => (stryMutAct_9fa48("1108") ? !needsPriorApproval(kind) && approval?.decision === 'approved' : stryMutAct_9fa48("1107") ? false : stryMutAct_9fa48("1106") ? true : (stryCov_9fa48("1106", "1107", "1108"), (stryMutAct_9fa48("1109") ? needsPriorApproval(kind) : (stryCov_9fa48("1109"), !needsPriorApproval(kind))) || (stryMutAct_9fa48("1111") ? approval?.decision !== 'approved' : stryMutAct_9fa48("1110") ? false : (stryCov_9fa48("1110", "1111"), (stryMutAct_9fa48("1112") ? approval.decision : (stryCov_9fa48("1112"), approval?.decision)) === (stryMutAct_9fa48("1113") ? "" : (stryCov_9fa48("1113"), 'approved')))))) ? undefined : stryMutAct_9fa48("1114") ? {} : (stryCov_9fa48("1114"), {
    message: stryMutAct_9fa48("1115") ? `` : (stryCov_9fa48("1115"), `第九十一条：未经区委、区政府批准，区政府领导同志不参加${invitationKindLabels[kind]}等活动；须先经区长批准，或由办公室附区委批准文件记录后方可安排`)
  }))
})]);

/** An approval recorded on the day `actOn` for something that happens on `eventDate`. */
export type PriorApprovalFacts = {
  actOn: LocalDate;
  eventDate: LocalDate;
};

/** Art. 91: the 区委's or the 区政府's approval of an activity is recorded before it takes place, not after. */
export const invitationApprovalRules: readonly Rule<PriorApprovalFacts>[] = stryMutAct_9fa48("1116") ? [] : (stryCov_9fa48("1116"), [stryMutAct_9fa48("1117") ? {} : (stryCov_9fa48("1117"), {
  id: stryMutAct_9fa48("1118") ? "" : (stryCov_9fa48("1118"), 'events.invitation-approval-beforehand'),
  kind: stryMutAct_9fa48("1119") ? "" : (stryCov_9fa48("1119"), 'guard'),
  cites: stryMutAct_9fa48("1120") ? [] : (stryCov_9fa48("1120"), [stryMutAct_9fa48("1121") ? {} : (stryCov_9fa48("1121"), {
    article: 91
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1122") ? "" : (stryCov_9fa48("1122"), '第九十一条所列活动须在活动之前经区委、区政府批准，活动之后不补批'),
  check: stryMutAct_9fa48("1123") ? () => undefined : (stryCov_9fa48("1123"), ({
    actOn,
    eventDate
  }) => (stryMutAct_9fa48("1127") ? actOn > eventDate : stryMutAct_9fa48("1126") ? actOn < eventDate : stryMutAct_9fa48("1125") ? false : stryMutAct_9fa48("1124") ? true : (stryCov_9fa48("1124", "1125", "1126", "1127"), actOn <= eventDate)) ? undefined : stryMutAct_9fa48("1128") ? {} : (stryCov_9fa48("1128"), {
    message: stryMutAct_9fa48("1129") ? `` : (stryCov_9fa48("1129"), `第九十一条：未经区委、区政府批准，区政府领导同志不参加所列活动；活动日期${eventDate}已过，不能事后批准`)
  }))
})]);

/** Art. 58: a meeting is approved before it is held ("严格落实会议审批制度"). */
export const meetingApprovalRules: readonly Rule<PriorApprovalFacts>[] = stryMutAct_9fa48("1130") ? [] : (stryCov_9fa48("1130"), [stryMutAct_9fa48("1131") ? {} : (stryCov_9fa48("1131"), {
  id: stryMutAct_9fa48("1132") ? "" : (stryCov_9fa48("1132"), 'events.meeting-approval-beforehand'),
  kind: stryMutAct_9fa48("1133") ? "" : (stryCov_9fa48("1133"), 'guard'),
  cites: stryMutAct_9fa48("1134") ? [] : (stryCov_9fa48("1134"), [stryMutAct_9fa48("1135") ? {} : (stryCov_9fa48("1135"), {
    article: 58
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1136") ? "" : (stryCov_9fa48("1136"), '严格落实会议审批制度：部门本系统全区性会议须在召开之前经审批'),
  check: stryMutAct_9fa48("1137") ? () => undefined : (stryCov_9fa48("1137"), ({
    actOn,
    eventDate
  }) => (stryMutAct_9fa48("1141") ? actOn > eventDate : stryMutAct_9fa48("1140") ? actOn < eventDate : stryMutAct_9fa48("1139") ? false : stryMutAct_9fa48("1138") ? true : (stryCov_9fa48("1138", "1139", "1140", "1141"), actOn <= eventDate)) ? undefined : stryMutAct_9fa48("1142") ? {} : (stryCov_9fa48("1142"), {
    message: stryMutAct_9fa48("1143") ? `` : (stryCov_9fa48("1143"), `第五十八条：严格落实会议审批制度，会议须经批准后召开；会议日期${eventDate}已过，不能事后审批`)
  }))
})]);

/**
 * What the art. 58 rules look at for one request for a department's system-wide meeting (the yearly limit
 * comes from the rulebook as of the submission day).
 */
export type MeetingRequestFacts = {
  meeting: {
    meetingDate: LocalDate;
    format: MeetingFormat;
    chairedBy: MeetingChair;
    invitees: readonly Pick<MeetingInvitee, 'kind' | 'unitName' | 'holderName' | 'postTitle'>[];
    headApproval: HeadApproval | null;
  };
  /** The department's requests for the same calendar year that are pending or approved. */
  sameYearCount: number;
};

/** Whether a request needs the 区长's own approval first (art. 58: a 副区长's meeting inviting town principals). */
export function needsHeadApproval(meeting: {
  chairedBy: MeetingChair;
  invitees: readonly Pick<MeetingInvitee, 'kind'>[];
}): boolean {
  if (stryMutAct_9fa48("1144")) {
    {}
  } else {
    stryCov_9fa48("1144");
    return stryMutAct_9fa48("1147") ? meeting.chairedBy === 'deputy' || meeting.invitees.some(i => i.kind === 'town_principal') : stryMutAct_9fa48("1146") ? false : stryMutAct_9fa48("1145") ? true : (stryCov_9fa48("1145", "1146", "1147"), (stryMutAct_9fa48("1149") ? meeting.chairedBy !== 'deputy' : stryMutAct_9fa48("1148") ? true : (stryCov_9fa48("1148", "1149"), meeting.chairedBy === (stryMutAct_9fa48("1150") ? "" : (stryCov_9fa48("1150"), 'deputy')))) && (stryMutAct_9fa48("1151") ? meeting.invitees.every(i => i.kind === 'town_principal') : (stryCov_9fa48("1151"), meeting.invitees.some(stryMutAct_9fa48("1152") ? () => undefined : (stryCov_9fa48("1152"), i => stryMutAct_9fa48("1155") ? i.kind !== 'town_principal' : stryMutAct_9fa48("1154") ? false : stryMutAct_9fa48("1153") ? true : (stryCov_9fa48("1153", "1154", "1155"), i.kind === (stryMutAct_9fa48("1156") ? "" : (stryCov_9fa48("1156"), 'town_principal'))))))));
  }
}
const who = stryMutAct_9fa48("1157") ? () => undefined : (stryCov_9fa48("1157"), (() => {
  const who = (i: Pick<MeetingInvitee, 'unitName' | 'postTitle' | 'holderName'>) => stryMutAct_9fa48("1158") ? `` : (stryCov_9fa48("1158"), `${i.unitName}${i.postTitle}${i.holderName ? i.holderName : stryMutAct_9fa48("1159") ? "Stryker was here!" : (stryCov_9fa48("1159"), '')}`);
  return who;
})());

/** The art. 58 quota and guards on a department's system-wide meeting. */
export const meetingRequestRules: readonly Rule<MeetingRequestFacts>[] = stryMutAct_9fa48("1160") ? [] : (stryCov_9fa48("1160"), [stryMutAct_9fa48("1161") ? {} : (stryCov_9fa48("1161"), {
  id: stryMutAct_9fa48("1162") ? "" : (stryCov_9fa48("1162"), 'events.meeting-yearly-limit'),
  kind: stryMutAct_9fa48("1163") ? "" : (stryCov_9fa48("1163"), 'quota'),
  cites: stryMutAct_9fa48("1164") ? [] : (stryCov_9fa48("1164"), [stryMutAct_9fa48("1165") ? {} : (stryCov_9fa48("1165"), {
    article: 58
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1166") ? "" : (stryCov_9fa48("1166"), '各部门召开本系统全区性会议原则上每年不超过规定次数（待审批与已批准的均计入）'),
  params: stryMutAct_9fa48("1167") ? [] : (stryCov_9fa48("1167"), [stryMutAct_9fa48("1168") ? "" : (stryCov_9fa48("1168"), 'events.departmentSystemMeetingsPerYear')]),
  check: ({
    meeting,
    sameYearCount
  }, param) => {
    if (stryMutAct_9fa48("1169")) {
      {}
    } else {
      stryCov_9fa48("1169");
      const {
        max
      } = param(stryMutAct_9fa48("1170") ? "" : (stryCov_9fa48("1170"), 'events.departmentSystemMeetingsPerYear'));
      return (stryMutAct_9fa48("1174") ? sameYearCount >= max : stryMutAct_9fa48("1173") ? sameYearCount <= max : stryMutAct_9fa48("1172") ? false : stryMutAct_9fa48("1171") ? true : (stryCov_9fa48("1171", "1172", "1173", "1174"), sameYearCount < max)) ? undefined : stryMutAct_9fa48("1175") ? {} : (stryCov_9fa48("1175"), {
        message: stryMutAct_9fa48("1176") ? `` : (stryCov_9fa48("1176"), `第五十八条：各部门召开本系统全区性会议原则上每年不超过${max}次；本部门${stryMutAct_9fa48("1177") ? meeting.meetingDate : (stryCov_9fa48("1177"), meeting.meetingDate.slice(0, 4))}年已有${sameYearCount}次待审批或已批准`)
      });
    }
  }
}), stryMutAct_9fa48("1178") ? {} : (stryCov_9fa48("1178"), {
  id: stryMutAct_9fa48("1179") ? "" : (stryCov_9fa48("1179"), 'events.meeting-never-invite-head'),
  kind: stryMutAct_9fa48("1180") ? "" : (stryCov_9fa48("1180"), 'guard'),
  cites: stryMutAct_9fa48("1181") ? [] : (stryCov_9fa48("1181"), [stryMutAct_9fa48("1182") ? {} : (stryCov_9fa48("1182"), {
    article: 58
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1183") ? "" : (stryCov_9fa48("1183"), '各部门召开本系统全区性会议，一律不邀请区长出席'),
  check: stryMutAct_9fa48("1184") ? () => undefined : (stryCov_9fa48("1184"), ({
    meeting
  }) => (stryMutAct_9fa48("1185") ? meeting.invitees.every(i => i.kind === 'head') : (stryCov_9fa48("1185"), meeting.invitees.some(stryMutAct_9fa48("1186") ? () => undefined : (stryCov_9fa48("1186"), i => stryMutAct_9fa48("1189") ? i.kind !== 'head' : stryMutAct_9fa48("1188") ? false : stryMutAct_9fa48("1187") ? true : (stryCov_9fa48("1187", "1188", "1189"), i.kind === (stryMutAct_9fa48("1190") ? "" : (stryCov_9fa48("1190"), 'head'))))))) ? stryMutAct_9fa48("1191") ? {} : (stryCov_9fa48("1191"), {
    message: stryMutAct_9fa48("1192") ? "" : (stryCov_9fa48("1192"), '第五十八条：各部门召开本系统全区性会议，一律不邀请区长出席')
  }) : undefined)
}), stryMutAct_9fa48("1193") ? {} : (stryCov_9fa48("1193"), {
  id: stryMutAct_9fa48("1194") ? "" : (stryCov_9fa48("1194"), 'events.meeting-deputy-by-approval'),
  kind: stryMutAct_9fa48("1195") ? "" : (stryCov_9fa48("1195"), 'guard'),
  cites: stryMutAct_9fa48("1196") ? [] : (stryCov_9fa48("1196"), [stryMutAct_9fa48("1197") ? {} : (stryCov_9fa48("1197"), {
    article: 58
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1198") ? "" : (stryCov_9fa48("1198"), '邀请副区长出席的，要严格按程序报批（标注提请审批人注意）'),
  check: ({
    meeting
  }) => {
    if (stryMutAct_9fa48("1199")) {
      {}
    } else {
      stryCov_9fa48("1199");
      const deputies = stryMutAct_9fa48("1200") ? meeting.invitees : (stryCov_9fa48("1200"), meeting.invitees.filter(stryMutAct_9fa48("1201") ? () => undefined : (stryCov_9fa48("1201"), i => stryMutAct_9fa48("1204") ? i.kind !== 'deputy' : stryMutAct_9fa48("1203") ? false : stryMutAct_9fa48("1202") ? true : (stryCov_9fa48("1202", "1203", "1204"), i.kind === (stryMutAct_9fa48("1205") ? "" : (stryCov_9fa48("1205"), 'deputy'))))));
      if (stryMutAct_9fa48("1208") ? deputies.length !== 0 : stryMutAct_9fa48("1207") ? false : stryMutAct_9fa48("1206") ? true : (stryCov_9fa48("1206", "1207", "1208"), deputies.length === 0)) return undefined;
      return stryMutAct_9fa48("1209") ? {} : (stryCov_9fa48("1209"), {
        severity: stryMutAct_9fa48("1210") ? "" : (stryCov_9fa48("1210"), 'flag'),
        message: stryMutAct_9fa48("1211") ? `` : (stryCov_9fa48("1211"), `第五十八条：邀请副区长出席的，要严格按程序报批；本次邀请${deputies.map(stryMutAct_9fa48("1212") ? () => undefined : (stryCov_9fa48("1212"), d => stryMutAct_9fa48("1213") ? d.holderName && d.postTitle : (stryCov_9fa48("1213"), d.holderName ?? d.postTitle))).join(stryMutAct_9fa48("1214") ? "" : (stryCov_9fa48("1214"), '、'))}`)
      });
    }
  }
}), stryMutAct_9fa48("1215") ? {} : (stryCov_9fa48("1215"), {
  id: stryMutAct_9fa48("1216") ? "" : (stryCov_9fa48("1216"), 'events.meeting-deputy-chair-town-principals'),
  kind: stryMutAct_9fa48("1217") ? "" : (stryCov_9fa48("1217"), 'guard'),
  cites: stryMutAct_9fa48("1218") ? [] : (stryCov_9fa48("1218"), [stryMutAct_9fa48("1219") ? {} : (stryCov_9fa48("1219"), {
    article: 58
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1220") ? "" : (stryCov_9fa48("1220"), '副区长主持召开的会议一般不请镇政府（街道办事处）主要负责人参加，确需参加的须经区长批准（申请先送区长本人审批）'),
  check: ({
    meeting
  }) => {
    if (stryMutAct_9fa48("1221")) {
      {}
    } else {
      stryCov_9fa48("1221");
      if (stryMutAct_9fa48("1224") ? meeting.chairedBy !== 'deputy' && meeting.headApproval : stryMutAct_9fa48("1223") ? false : stryMutAct_9fa48("1222") ? true : (stryCov_9fa48("1222", "1223", "1224"), (stryMutAct_9fa48("1226") ? meeting.chairedBy === 'deputy' : stryMutAct_9fa48("1225") ? false : (stryCov_9fa48("1225", "1226"), meeting.chairedBy !== (stryMutAct_9fa48("1227") ? "" : (stryCov_9fa48("1227"), 'deputy')))) || meeting.headApproval)) return undefined;
      const principals = stryMutAct_9fa48("1228") ? meeting.invitees : (stryCov_9fa48("1228"), meeting.invitees.filter(stryMutAct_9fa48("1229") ? () => undefined : (stryCov_9fa48("1229"), i => stryMutAct_9fa48("1232") ? i.kind !== 'town_principal' : stryMutAct_9fa48("1231") ? false : stryMutAct_9fa48("1230") ? true : (stryCov_9fa48("1230", "1231", "1232"), i.kind === (stryMutAct_9fa48("1233") ? "" : (stryCov_9fa48("1233"), 'town_principal'))))));
      if (stryMutAct_9fa48("1236") ? principals.length !== 0 : stryMutAct_9fa48("1235") ? false : stryMutAct_9fa48("1234") ? true : (stryCov_9fa48("1234", "1235", "1236"), principals.length === 0)) return undefined;
      // Not a refusal: the request waits for the 区长's own decision (see `needsHeadApproval`).
      return stryMutAct_9fa48("1237") ? {} : (stryCov_9fa48("1237"), {
        severity: stryMutAct_9fa48("1238") ? "" : (stryCov_9fa48("1238"), 'flag'),
        message: stryMutAct_9fa48("1239") ? `` : (stryCov_9fa48("1239"), `第五十八条：副区长主持召开的会议，一般不请镇政府（街道办事处）主要负责人参加，因工作需要确需参加的，须经区长批准；本次邀请${principals.map(who).join(stryMutAct_9fa48("1240") ? "" : (stryCov_9fa48("1240"), '、'))}，已送区长审批`)
      });
    }
  }
}), stryMutAct_9fa48("1241") ? {} : (stryCov_9fa48("1241"), {
  id: stryMutAct_9fa48("1242") ? "" : (stryCov_9fa48("1242"), 'events.meeting-town-deputies-only'),
  kind: stryMutAct_9fa48("1243") ? "" : (stryCov_9fa48("1243"), 'guard'),
  cites: stryMutAct_9fa48("1244") ? [] : (stryCov_9fa48("1244"), [stryMutAct_9fa48("1245") ? {} : (stryCov_9fa48("1245"), {
    article: 58
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1246") ? "" : (stryCov_9fa48("1246"), '区政府部门召开的各类会议，一律只开到镇政府（街道办事处）分管负责人，不请主要负责人参加'),
  check: ({
    meeting
  }) => {
    if (stryMutAct_9fa48("1247")) {
      {}
    } else {
      stryCov_9fa48("1247");
      // A meeting a 副区长 chairs falls under the sentence before (the 区长 may let principals attend).
      if (stryMutAct_9fa48("1250") ? meeting.chairedBy === 'department_head' : stryMutAct_9fa48("1249") ? false : stryMutAct_9fa48("1248") ? true : (stryCov_9fa48("1248", "1249", "1250"), meeting.chairedBy !== (stryMutAct_9fa48("1251") ? "" : (stryCov_9fa48("1251"), 'department_head')))) return undefined;
      const principals = stryMutAct_9fa48("1252") ? meeting.invitees : (stryCov_9fa48("1252"), meeting.invitees.filter(stryMutAct_9fa48("1253") ? () => undefined : (stryCov_9fa48("1253"), i => stryMutAct_9fa48("1256") ? i.kind !== 'town_principal' : stryMutAct_9fa48("1255") ? false : stryMutAct_9fa48("1254") ? true : (stryCov_9fa48("1254", "1255", "1256"), i.kind === (stryMutAct_9fa48("1257") ? "" : (stryCov_9fa48("1257"), 'town_principal'))))));
      if (stryMutAct_9fa48("1260") ? principals.length !== 0 : stryMutAct_9fa48("1259") ? false : stryMutAct_9fa48("1258") ? true : (stryCov_9fa48("1258", "1259", "1260"), principals.length === 0)) return undefined;
      return stryMutAct_9fa48("1261") ? {} : (stryCov_9fa48("1261"), {
        message: stryMutAct_9fa48("1262") ? `` : (stryCov_9fa48("1262"), `第五十八条：区政府部门召开的各类会议，一律只开到镇政府（街道办事处）分管负责人，不请主要负责人参加；请将${principals.map(who).join(stryMutAct_9fa48("1263") ? "" : (stryCov_9fa48("1263"), '、'))}改为分管负责人`)
      });
    }
  }
}), stryMutAct_9fa48("1264") ? {} : (stryCov_9fa48("1264"), {
  id: stryMutAct_9fa48("1265") ? "" : (stryCov_9fa48("1265"), 'events.meeting-video-first'),
  kind: stryMutAct_9fa48("1266") ? "" : (stryCov_9fa48("1266"), 'guard'),
  cites: stryMutAct_9fa48("1267") ? [] : (stryCov_9fa48("1267"), [stryMutAct_9fa48("1268") ? {} : (stryCov_9fa48("1268"), {
    article: 58
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1269") ? "" : (stryCov_9fa48("1269"), '能采取电视会议形式的不集中开会（集中开会的标注提请审批人注意）'),
  check: stryMutAct_9fa48("1270") ? () => undefined : (stryCov_9fa48("1270"), ({
    meeting
  }) => (stryMutAct_9fa48("1273") ? meeting.format !== 'video' : stryMutAct_9fa48("1272") ? false : stryMutAct_9fa48("1271") ? true : (stryCov_9fa48("1271", "1272", "1273"), meeting.format === (stryMutAct_9fa48("1274") ? "" : (stryCov_9fa48("1274"), 'video')))) ? undefined : stryMutAct_9fa48("1275") ? {} : (stryCov_9fa48("1275"), {
    severity: stryMutAct_9fa48("1276") ? "" : (stryCov_9fa48("1276"), 'flag'),
    message: stryMutAct_9fa48("1277") ? "" : (stryCov_9fa48("1277"), '第五十八条：能采取电视会议形式的不集中开会；本次申请集中开会')
  }))
})]);

/** What art. 81 looks at: the day of the act (request or approval) and the day of the speech or publication. */
export type SpeechFacts = {
  actOn: LocalDate;
  eventDate: LocalDate;
  act: 'request' | 'approval';
};

/** Art. 81: the government's consent comes before the speech or the article, never after. */
export const speechRules: readonly Rule<SpeechFacts>[] = stryMutAct_9fa48("1278") ? [] : (stryCov_9fa48("1278"), [stryMutAct_9fa48("1279") ? {} : (stryCov_9fa48("1279"), {
  id: stryMutAct_9fa48("1280") ? "" : (stryCov_9fa48("1280"), 'events.speech-prior-consent'),
  kind: stryMutAct_9fa48("1281") ? "" : (stryCov_9fa48("1281"), 'guard'),
  cites: stryMutAct_9fa48("1282") ? [] : (stryCov_9fa48("1282"), [stryMutAct_9fa48("1283") ? {} : (stryCov_9fa48("1283"), {
    article: 81
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1284") ? "" : (stryCov_9fa48("1284"), '代表区政府发表讲话或文章，以及个人发表涉及未经区政府研究决定的重大问题及事项的讲话和文章，事先须经区政府同意'),
  check: stryMutAct_9fa48("1285") ? () => undefined : (stryCov_9fa48("1285"), ({
    actOn,
    eventDate,
    act
  }) => (stryMutAct_9fa48("1289") ? actOn > eventDate : stryMutAct_9fa48("1288") ? actOn < eventDate : stryMutAct_9fa48("1287") ? false : stryMutAct_9fa48("1286") ? true : (stryCov_9fa48("1286", "1287", "1288", "1289"), actOn <= eventDate)) ? undefined : stryMutAct_9fa48("1290") ? {} : (stryCov_9fa48("1290"), {
    message: (stryMutAct_9fa48("1293") ? act !== 'approval' : stryMutAct_9fa48("1292") ? false : stryMutAct_9fa48("1291") ? true : (stryCov_9fa48("1291", "1292", "1293"), act === (stryMutAct_9fa48("1294") ? "" : (stryCov_9fa48("1294"), 'approval')))) ? stryMutAct_9fa48("1295") ? `` : (stryCov_9fa48("1295"), `第八十一条：代表区政府发表讲话或文章，事先须经区政府同意；发表日期${eventDate}已过，不能事后同意`) : stryMutAct_9fa48("1296") ? `` : (stryCov_9fa48("1296"), `第八十一条：代表区政府发表讲话或文章，事先须经区政府同意；发表日期${eventDate}已过，不能事后报批`)
  }))
})]);