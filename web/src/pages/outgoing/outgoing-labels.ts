import type { ContentKind, Disclosure, DraftInput, OutgoingIssuer, OutgoingStatus, ReceivedStatus, ReviewChecklist } from '../../api/outgoing';

/** The same words as the server's `statusLabel`, for the status filter. */
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

/** The filter's order: the way a draft goes. */
export const outgoingStatuses: readonly OutgoingStatus[] = ['drafting', 'countersigning', 'office_review', 'leader_review', 'awaiting_sign_off', 'signed', 'issued', 'returned'];

export const outgoingStatusColors: Record<OutgoingStatus, string> = {
  drafting: 'default',
  countersigning: 'purple',
  office_review: 'processing',
  leader_review: 'gold',
  awaiting_sign_off: 'gold',
  signed: 'cyan',
  issued: 'success',
  returned: 'error',
};

export const issuerLabels: Record<OutgoingIssuer, string> = { government: '区政府', office: '区政府办公室', department: '本部门' };
export const issuers: readonly OutgoingIssuer[] = ['government', 'office', 'department'];

export const disclosureLabels: Record<Disclosure, string> = { proactive: '主动公开', on_request: '依申请公开', withheld: '不予公开' };
export const disclosures: readonly Disclosure[] = ['proactive', 'on_request', 'withheld'];

/** Art. 67: what the government's and the office's documents are for. */
export const contentKindLabels: Record<ContentKind, string> = {
  major_decision: '关系全区经济社会发展的重要决定',
  policy_measure: '政策措施',
  important_matter: '需全区各级行政机关、企事业单位执行和周知的重要事项',
  none: '以上均不是',
};
export const contentKinds: readonly ContentKind[] = ['major_decision', 'policy_measure', 'important_matter', 'none'];

export const receivedStatusLabels: Record<ReceivedStatus, string> = { pending: '待签收', acknowledged: '已签收' };

/**
 * The 67/71 checklist's yes/no questions, in the rulebook's words; `refusesWhen` is the answer the rulebook
 * refuses (the server decides; the page only warns early).
 */
export const checklistQuestions = [
  { key: 'isProvidedByLaw', label: '法律法规已作出明确规定', hint: '第七十一条：法律、法规已作出明确规定的，一律不再制发文件', refusesWhen: true },
  { key: 'isCoveredByCurrentDocument', label: '现行文件规定仍然适用', hint: '第七十一条：现行文件规定仍然适用的，不再重复发文', refusesWhen: true },
  { key: 'hasNewContent', label: '有新内容、新政策', hint: '第七十一条：没有新内容、新政策的，一律不制发文件', refusesWhen: false },
  { key: 'isSeparateDivisionPlan', label: '单独制发分工方案', hint: '第七十一条：一般不单独制发分工方案', refusesWhen: true },
  { key: 'isDepartmentRemit', label: '属于部门职权范围内的事项', hint: '第六十八条：属于部门职权范围内的事项，不得以区政府或区政府办公室名义行文', refusesWhen: true },
] as const satisfies readonly { key: Exclude<keyof ReviewChecklist, 'contentKind'>; label: string; hint: string; refusesWhen: boolean }[];

/** The checklist's answers out of a form that holds them among its other fields (拟稿, 核稿). */
export function checklistOf(values: ReviewChecklist): ReviewChecklist {
  return {
    contentKind: values.contentKind,
    ...Object.fromEntries(checklistQuestions.map((question) => [question.key, values[question.key]])),
  } as ReviewChecklist;
}

/** What a draft's matter rests on (art. 69(一)): only these two may be signed by a deputy the 区长 authorised. */
export type MatterBasis = NonNullable<DraftInput['matterBasis']>;
/** The form's choice: one of the two, or neither (`other`, sent as null: the 区长 signs). */
export type MatterBasisChoice = MatterBasis | 'other';
export const matterBasisLabels: Record<MatterBasis, string> = { executive_meeting: '经区政府常务会议决定的事项', routine_approval: '属于例行批准手续的事项' };
export const matterBasisChoiceOptions: { value: MatterBasisChoice; label: string }[] = [
  { value: 'executive_meeting', label: '常务会议决定的事项' },
  { value: 'routine_approval', label: '例行批准手续' },
  { value: 'other', label: '其他' },
];
