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

/**
 * What a unit invites a government leader to (art. 90–92). `work_activity` is an ordinary work activity; the
 * kinds art. 91 names need the approval of the 区委 or the 区政府 first; `reception` is a visit or call that
 * art. 92 sends through the office.
 */
export const invitationKinds = ['work_activity',
// Art. 91: 剪彩、奠基活动和庆祝会、纪念会、表彰会、座谈会、博览会、研讨会及各类论坛
'ribbon_cutting', 'groundbreaking', 'celebration', 'commemoration', 'commendation', 'symposium', 'expo', 'seminar', 'forum',
// Art. 91: 发贺信、贺电；公开出版著作、讲话；题词、题字、作序
'congratulatory_letter', 'inscription', 'preface', 'publication',
// Art. 92
'reception'] as const;
export type InvitationKind = (typeof invitationKinds)[number];
export const invitationKindLabels: Record<InvitationKind, string> = stryMutAct_9fa48("1297") ? {} : (stryCov_9fa48("1297"), {
  work_activity: stryMutAct_9fa48("1298") ? "" : (stryCov_9fa48("1298"), '一般工作活动'),
  ribbon_cutting: stryMutAct_9fa48("1299") ? "" : (stryCov_9fa48("1299"), '剪彩活动'),
  groundbreaking: stryMutAct_9fa48("1300") ? "" : (stryCov_9fa48("1300"), '奠基活动'),
  celebration: stryMutAct_9fa48("1301") ? "" : (stryCov_9fa48("1301"), '庆祝会'),
  commemoration: stryMutAct_9fa48("1302") ? "" : (stryCov_9fa48("1302"), '纪念会'),
  commendation: stryMutAct_9fa48("1303") ? "" : (stryCov_9fa48("1303"), '表彰会'),
  symposium: stryMutAct_9fa48("1304") ? "" : (stryCov_9fa48("1304"), '座谈会'),
  expo: stryMutAct_9fa48("1305") ? "" : (stryCov_9fa48("1305"), '博览会'),
  seminar: stryMutAct_9fa48("1306") ? "" : (stryCov_9fa48("1306"), '研讨会'),
  forum: stryMutAct_9fa48("1307") ? "" : (stryCov_9fa48("1307"), '论坛'),
  congratulatory_letter: stryMutAct_9fa48("1308") ? "" : (stryCov_9fa48("1308"), '发贺信、贺电'),
  inscription: stryMutAct_9fa48("1309") ? "" : (stryCov_9fa48("1309"), '题词、题字'),
  preface: stryMutAct_9fa48("1310") ? "" : (stryCov_9fa48("1310"), '作序'),
  publication: stryMutAct_9fa48("1311") ? "" : (stryCov_9fa48("1311"), '公开出版著作、讲话'),
  reception: stryMutAct_9fa48("1312") ? "" : (stryCov_9fa48("1312"), '视察调研、来访接待（第九十二条）')
});

/** The kinds art. 91 forbids "未经区委、区政府批准". */
export const approvalRequiredKinds: readonly InvitationKind[] = stryMutAct_9fa48("1313") ? [] : (stryCov_9fa48("1313"), [stryMutAct_9fa48("1314") ? "" : (stryCov_9fa48("1314"), 'ribbon_cutting'), stryMutAct_9fa48("1315") ? "" : (stryCov_9fa48("1315"), 'groundbreaking'), stryMutAct_9fa48("1316") ? "" : (stryCov_9fa48("1316"), 'celebration'), stryMutAct_9fa48("1317") ? "" : (stryCov_9fa48("1317"), 'commemoration'), stryMutAct_9fa48("1318") ? "" : (stryCov_9fa48("1318"), 'commendation'), stryMutAct_9fa48("1319") ? "" : (stryCov_9fa48("1319"), 'symposium'), stryMutAct_9fa48("1320") ? "" : (stryCov_9fa48("1320"), 'expo'), stryMutAct_9fa48("1321") ? "" : (stryCov_9fa48("1321"), 'seminar'), stryMutAct_9fa48("1322") ? "" : (stryCov_9fa48("1322"), 'forum'), stryMutAct_9fa48("1323") ? "" : (stryCov_9fa48("1323"), 'congratulatory_letter'), stryMutAct_9fa48("1324") ? "" : (stryCov_9fa48("1324"), 'inscription'), stryMutAct_9fa48("1325") ? "" : (stryCov_9fa48("1325"), 'preface'), stryMutAct_9fa48("1326") ? "" : (stryCov_9fa48("1326"), 'publication')]);

/** Requests for a text from a leader rather than their presence: no place is involved. */
export const textRequestKinds: readonly InvitationKind[] = stryMutAct_9fa48("1327") ? [] : (stryCov_9fa48("1327"), [stryMutAct_9fa48("1328") ? "" : (stryCov_9fa48("1328"), 'congratulatory_letter'), stryMutAct_9fa48("1329") ? "" : (stryCov_9fa48("1329"), 'inscription'), stryMutAct_9fa48("1330") ? "" : (stryCov_9fa48("1330"), 'preface'), stryMutAct_9fa48("1331") ? "" : (stryCov_9fa48("1331"), 'publication')]);
export function needsPriorApproval(kind: InvitationKind): boolean {
  if (stryMutAct_9fa48("1332")) {
    {}
  } else {
    stryCov_9fa48("1332");
    return approvalRequiredKinds.includes(kind);
  }
}

/** Where the 请柬 went: to the office, as art. 90 requires, or straight to the leader, which it forbids. */
export const invitationAddressees = ['office', 'leader'] as const;
export type InvitationAddressee = (typeof invitationAddressees)[number];

/**
 * `awaiting_approval`: an art. 91 kind waits for the 区委/区政府's decision, recorded by the office.
 * `awaiting_arrangement`: with the office, to arrange or decline. `arranged`: on the leader's list (a leader item).
 * `declined`: the office declined, with a reason. `not_approved`: the 区委/区政府 did not approve (art. 91).
 * `withdrawn`: the inviting unit withdrew it before the office acted.
 */
export const invitationStatuses = ['awaiting_approval', 'awaiting_arrangement', 'arranged', 'declined', 'not_approved', 'withdrawn'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];
export const invitationStatusLabels: Record<InvitationStatus, string> = stryMutAct_9fa48("1333") ? {} : (stryCov_9fa48("1333"), {
  awaiting_approval: stryMutAct_9fa48("1334") ? "" : (stryCov_9fa48("1334"), '待批准'),
  awaiting_arrangement: stryMutAct_9fa48("1335") ? "" : (stryCov_9fa48("1335"), '待安排'),
  arranged: stryMutAct_9fa48("1336") ? "" : (stryCov_9fa48("1336"), '已安排'),
  declined: stryMutAct_9fa48("1337") ? "" : (stryCov_9fa48("1337"), '不予安排'),
  not_approved: stryMutAct_9fa48("1338") ? "" : (stryCov_9fa48("1338"), '未获批准'),
  withdrawn: stryMutAct_9fa48("1339") ? "" : (stryCov_9fa48("1339"), '已撤回')
});

/** Who approves under art. 91 ("未经区委、区政府批准") or art. 81 / 58 (the 区政府). */
export const approvingBodies = ['party_committee', 'government'] as const;
export type ApprovingBody = (typeof approvingBodies)[number];
export const approvingBodyLabels: Record<ApprovingBody, string> = stryMutAct_9fa48("1340") ? {} : (stryCov_9fa48("1340"), {
  party_committee: stryMutAct_9fa48("1341") ? "" : (stryCov_9fa48("1341"), '区委'),
  government: stryMutAct_9fa48("1342") ? "" : (stryCov_9fa48("1342"), '区政府')
});

/**
 * A decision on a request, as the approver took it (art. 58, 81, 91): in their own session — the 区长, or the
 * executive deputy presiding for him (`actingForName`, art. 7), or the office for its own decisions — or,
 * given outside the platform (区委), recorded by the office from the attached document (`attachmentId`).
 * Names and posts come from the org data and the session, never typed in.
 */
export type ApprovalRecord = {
  decision: 'approved' | 'refused';
  body: ApprovingBody;
  /** Who decided: the person in session, or for an outside approval the body the document names. */
  approverName: string;
  approverPost: string;
  decidedOn: LocalDate;
  opinion: string;
  /** Who entered it: the approver themself, or the office clerk who recorded an outside document. */
  recordedByUserId: string | null;
  recordedAt: string;
  /** The absent approver the decider stood in for. */
  actingForName: string | null;
  /** The approving document, for an approval given outside the platform. */
  attachmentId: string | null;
};

/** A rule flag kept on the record for the office and the approver (a late reception, a deputy invited …). */
export type RecordedFlag = {
  ruleId: string;
  article: number;
  message: string;
};
export type Invitation = {
  id: string;
  title: string;
  kind: InvitationKind;
  activityDate: LocalDate;
  /** `HH:MM`, Beijing time; null for requests without a time (a preface, an inscription). */
  startTime: string | null;
  place: string;
  detail: string;
  invitedPersonId: string;
  invitingUnitId: string;
  addressedTo: InvitationAddressee;
  submittedOn: LocalDate;
  submittedByUserId: string | null;
  status: InvitationStatus;
  approval: ApprovalRecord | null;
  arrangedOn: LocalDate | null;
  arrangementNote: string | null;
  leaderItemId: string | null;
  declineReason: string | null;
  flags: RecordedFlag[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** 视频会议 or 集中开会 (art. 58: "能采取电视会议形式的不集中开会"). */
export const meetingFormats = ['video', 'in_person'] as const;
export type MeetingFormat = (typeof meetingFormats)[number];
export const meetingFormatLabels: Record<MeetingFormat, string> = stryMutAct_9fa48("1343") ? {} : (stryCov_9fa48("1343"), {
  video: stryMutAct_9fa48("1344") ? "" : (stryCov_9fa48("1344"), '视频会议'),
  in_person: stryMutAct_9fa48("1345") ? "" : (stryCov_9fa48("1345"), '集中开会')
});

/** Who chairs a department's system-wide meeting: its own head, or a 副区长 (art. 58 treats them apart). */
export const meetingChairs = ['department_head', 'deputy'] as const;
export type MeetingChair = (typeof meetingChairs)[number];
export const meetingChairLabels: Record<MeetingChair, string> = stryMutAct_9fa48("1346") ? {} : (stryCov_9fa48("1346"), {
  department_head: stryMutAct_9fa48("1347") ? "" : (stryCov_9fa48("1347"), '部门主要负责人'),
  deputy: stryMutAct_9fa48("1348") ? "" : (stryCov_9fa48("1348"), '副区长')
});

/** What kind of post an invitee holds, as art. 58 sorts them. */
export const inviteeKinds = ['head', 'deputy', 'town_principal', 'town_deputy'] as const;
export type InviteeKind = (typeof inviteeKinds)[number];
export const inviteeKindLabels: Record<InviteeKind, string> = stryMutAct_9fa48("1349") ? {} : (stryCov_9fa48("1349"), {
  head: stryMutAct_9fa48("1350") ? "" : (stryCov_9fa48("1350"), '区长'),
  deputy: stryMutAct_9fa48("1351") ? "" : (stryCov_9fa48("1351"), '副区长'),
  town_principal: stryMutAct_9fa48("1352") ? "" : (stryCov_9fa48("1352"), '镇街主要负责人'),
  town_deputy: stryMutAct_9fa48("1353") ? "" : (stryCov_9fa48("1353"), '镇街分管负责人')
});

/** An invited post as it stood when the request was made (names are kept: posts change hands). */
export type MeetingInvitee = {
  postId: string;
  kind: InviteeKind;
  postTitle: string;
  unitId: string;
  unitName: string;
  holderPersonId: string | null;
  holderName: string | null;
};

/**
 * The 区长's approval for town principals to attend a meeting a 副区长 chairs (art. 58 "须经区长批准"), given by
 * the 区长 in his own session (or by the executive deputy presiding for him, `actingForName`).
 */
export type HeadApproval = {
  approverName: string;
  approvedOn: LocalDate;
  opinion: string;
  actingForName?: string | null;
};

/**
 * `awaiting_head_approval` (a 副区长's meeting inviting town principals waits for the 区长) → `awaiting_approval`
 * → `approved` or `not_approved` (art. 58 "严格落实会议审批制度"); `withdrawn` by the department before the
 * meeting. Approved and pending requests count towards the yearly limit.
 */
export const meetingStatuses = ['awaiting_head_approval', 'awaiting_approval', 'approved', 'not_approved', 'withdrawn'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingStatusLabels: Record<MeetingStatus, string> = stryMutAct_9fa48("1354") ? {} : (stryCov_9fa48("1354"), {
  awaiting_head_approval: stryMutAct_9fa48("1355") ? "" : (stryCov_9fa48("1355"), '待区长批准'),
  awaiting_approval: stryMutAct_9fa48("1356") ? "" : (stryCov_9fa48("1356"), '待审批'),
  approved: stryMutAct_9fa48("1357") ? "" : (stryCov_9fa48("1357"), '已批准'),
  not_approved: stryMutAct_9fa48("1358") ? "" : (stryCov_9fa48("1358"), '未获批准'),
  withdrawn: stryMutAct_9fa48("1359") ? "" : (stryCov_9fa48("1359"), '已撤回')
});

/** The statuses that use up a department's yearly allowance. */
export const countedMeetingStatuses: readonly MeetingStatus[] = stryMutAct_9fa48("1360") ? [] : (stryCov_9fa48("1360"), [stryMutAct_9fa48("1361") ? "" : (stryCov_9fa48("1361"), 'awaiting_head_approval'), stryMutAct_9fa48("1362") ? "" : (stryCov_9fa48("1362"), 'awaiting_approval'), stryMutAct_9fa48("1363") ? "" : (stryCov_9fa48("1363"), 'approved')]);
export type DepartmentMeeting = {
  id: string;
  title: string;
  unitId: string;
  meetingDate: LocalDate;
  format: MeetingFormat;
  chairedBy: MeetingChair;
  chairPersonId: string | null;
  chairName: string;
  invitees: MeetingInvitee[];
  headApproval: HeadApproval | null;
  detail: string;
  submittedOn: LocalDate;
  submittedByUserId: string | null;
  status: MeetingStatus;
  approval: ApprovalRecord | null;
  flags: RecordedFlag[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A speech or an article (art. 81 "发表讲话或文章"). */
export const speechKinds = ['speech', 'article'] as const;
export type SpeechKind = (typeof speechKinds)[number];
export const speechKindLabels: Record<SpeechKind, string> = stryMutAct_9fa48("1364") ? {} : (stryCov_9fa48("1364"), {
  speech: stryMutAct_9fa48("1365") ? "" : (stryCov_9fa48("1365"), '讲话'),
  article: stryMutAct_9fa48("1366") ? "" : (stryCov_9fa48("1366"), '文章')
});

/** Why art. 81 asks for approval: speaking for the government, or on a major matter it has not decided. */
export const speechBases = ['on_behalf', 'undecided_major_issue'] as const;
export type SpeechBasis = (typeof speechBases)[number];
export const speechBasisLabels: Record<SpeechBasis, string> = stryMutAct_9fa48("1367") ? {} : (stryCov_9fa48("1367"), {
  on_behalf: stryMutAct_9fa48("1368") ? "" : (stryCov_9fa48("1368"), '代表区政府发表'),
  undecided_major_issue: stryMutAct_9fa48("1369") ? "" : (stryCov_9fa48("1369"), '涉及未经区政府研究决定的重大问题及事项')
});
export const speechStatuses = ['awaiting_approval', 'approved', 'not_approved'] as const;
export type SpeechStatus = (typeof speechStatuses)[number];
export const speechStatusLabels: Record<SpeechStatus, string> = stryMutAct_9fa48("1370") ? {} : (stryCov_9fa48("1370"), {
  awaiting_approval: stryMutAct_9fa48("1371") ? "" : (stryCov_9fa48("1371"), '待审批'),
  approved: stryMutAct_9fa48("1372") ? "" : (stryCov_9fa48("1372"), '已同意'),
  not_approved: stryMutAct_9fa48("1373") ? "" : (stryCov_9fa48("1373"), '未同意')
});
export type Speech = {
  id: string;
  kind: SpeechKind;
  basis: SpeechBasis;
  title: string;
  speakerPersonId: string;
  /** Where it is given or published: the meeting, forum, newspaper or journal. */
  occasion: string;
  /** The day it is given or published; the government's consent must come before it (art. 81 "事先"). */
  eventDate: LocalDate;
  outline: string;
  submittedOn: LocalDate;
  submittedByUserId: string | null;
  status: SpeechStatus;
  approval: ApprovalRecord | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};