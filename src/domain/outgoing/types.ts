import type { BodyBlock } from '../documents/layout.js';

/**
 * Where an outgoing document (发文) stands (条例 第十六至十八条; work rules art. 68–69): drafted by the competent
 * department on the government's behalf (代拟) or by the office, countersigned by the units concerned, reviewed
 * by the office (核稿), optionally 审签 by the deputy in charge, signed off (签发), issued (印发); or returned to
 * its drafter, who revises and resubmits the same document.
 */
export const outgoingStatuses = ['drafting', 'countersigning', 'office_review', 'leader_review', 'awaiting_sign_off', 'signed', 'issued', 'returned'] as const;
export type OutgoingStatus = (typeof outgoingStatuses)[number];
export const outgoingStatusLabels: Record<OutgoingStatus, string> = {
  drafting: '起草中',
  countersigning: '会签中',
  office_review: '待审核',
  leader_review: '待审签',
  awaiting_sign_off: '待签发',
  signed: '已签发',
  issued: '已印发',
  returned: '已退回',
};

/** In whose name the document goes out: the 区政府, its office, or a department in its own name (art. 70). */
export const outgoingIssuers = ['government', 'office', 'department'] as const;
export type OutgoingIssuer = (typeof outgoingIssuers)[number];
export const outgoingIssuerLabels: Record<OutgoingIssuer, string> = { government: '区政府', office: '区政府办公室', department: '部门' };

/** 公开属性 (政府信息公开条例; work rules art. 71 "主动公开"). */
export const disclosureKinds = ['proactive', 'on_request', 'withheld'] as const;
export type DisclosureKind = (typeof disclosureKinds)[number];
export const disclosureKindLabels: Record<DisclosureKind, string> = { proactive: '主动公开', on_request: '依申请公开', withheld: '不予公开' };

/**
 * What a government or office document is about (art. 67: the three kinds of matter the government's and the
 * office's documents are for), or `none` when it is none of them.
 */
export const contentKinds = ['major_decision', 'policy_measure', 'important_matter', 'none'] as const;
export type ContentKind = (typeof contentKinds)[number];
export const contentKindLabels: Record<ContentKind, string> = {
  major_decision: '关系全区经济社会发展的重要决定',
  policy_measure: '政策措施',
  important_matter: '需全区各级行政机关、企事业单位执行和周知的重要事项',
  none: '以上均不是',
};

/**
 * What the 区长 may let a 副区长 or the office director sign for him (art. 69(一)): "经区政府常务会议决定的事项和属于
 * 例行批准手续的事项". A draft declares which its matter is (or neither); an authorisation names which it is for.
 * The labels are the rulebook's words and match `documents.signOffAuthority`'s heading `区长可授权签发的事项`.
 */
export const matterBases = ['executive_meeting', 'routine_approval'] as const;
export type MatterBasis = (typeof matterBases)[number];
export const matterBasisLabels: Record<MatterBasis, string> = { executive_meeting: '经区政府常务会议决定的事项', routine_approval: '属于例行批准手续的事项' };

/** The office's review checklist (art. 67, 68, 71): answered by the drafter, confirmed by the office at 核稿. */
export type ReviewChecklist = {
  contentKind: ContentKind;
  /** The matter is already clearly provided for by law or regulation (art. 71 "一律不再制发"). */
  isProvidedByLaw: boolean;
  /** A current document still applies (art. 71 "现行文件规定仍然适用的，不再重复发文"). */
  isCoveredByCurrentDocument: boolean;
  /** It carries new content, requirements or policy (art. 71 "没有新内容、新要求的不发"). */
  hasNewContent: boolean;
  /** It is a division-of-work plan issued separately from its parent document (art. 71 "一般不单独制发分工方案"). */
  isSeparateDivisionPlan: boolean;
  /** The matter lies within a department's own remit (art. 68 "属于部门职权范围内的事项，不得以区政府或区政府办公室名义行文"). */
  isDepartmentRemit: boolean;
};

/** A policy document's interpretation (政策解读, art. 36): drafted, reviewed and issued with it. */
export type Interpretation = { title: string; body: readonly BodyBlock[] };

/** The 签发 as the signer wrote it (条例 第二十二条: opinion, name, date; 圈阅 counts as consent). */
export type SignOffRecord = { personId: string | null; name: string; opinion: string; isCircled: boolean; date: string; actingFor: { personId: string; name: string } | null; at: string };

/** A return to the drafter: each reason with its article. */
export type ReturnReason = { article: number; message: string };

/** The heading numbering each level requires (GB/T 9704 7.3.3: 一、 （一） 1. （1）). */
const headingPatterns: Record<1 | 2 | 3 | 4, RegExp> = {
  1: /^[一二三四五六七八九十百]+、/,
  2: /^（[一二三四五六七八九十百]+）/,
  3: /^\d+\./,
  4: /^（\d+）/,
};
export const headingExamples: Record<1 | 2 | 3 | 4, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };

/** Whether a heading's text starts with the numbering of its level. */
export function isNumberedFor(level: 1 | 2 | 3 | 4, text: string): boolean {
  return headingPatterns[level].test(text.trim());
}

/** The body's text as one string, for search and for the checks that read the words (art. 70 “经区政府同意”). */
export function plainTextOf(body: readonly BodyBlock[]): string {
  return body.map((b) => b.text).join('\n');
}

/** A draft as the drafter writes or revises it (the HTTP schema validates it first). */
export type DraftInput = {
  issuer: OutgoingIssuer;
  draftingUnitId?: string | undefined;
  docType: string;
  title: string;
  mainRecipientUnitIds: readonly string[];
  mainRecipientNames: readonly string[];
  copyToUnitIds: readonly string[];
  copyToNames: readonly string[];
  disclosure: DisclosureKind;
  disclosureReason?: string | null | undefined;
  classification: string;
  urgency: string;
  attachmentIds: readonly string[];
  body: readonly BodyBlock[];
  note?: string | null | undefined;
  sequenceCode: string;
  isPolicy: boolean;
  interpretation?: Interpretation | null | undefined;
  answersIncomingId?: string | null | undefined;
  countersignUnitIds: readonly string[];
  directsLowerGovernments: boolean;
  checklist: ReviewChecklist;
  /** The basis of the matter (art. 69(一)); null or absent when it is neither. */
  matterBasis?: MatterBasis | null | undefined;
  /** The 区政府常务会议 that decided the matter (a meeting of the meetings area), when the basis is executive_meeting. */
  decidedAtMeetingId?: string | null | undefined;
};

/** A recipient as the document names it: a unit in the platform, or a body outside it by name. */
export type Recipient = { unitId: string | null; name: string };
