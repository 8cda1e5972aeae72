import type { ChallengeKind, ChallengeOutcome, DraftKind, DraftStatus, MessageStatus, PublicationCategory, PublicationStatus, RegisterRequestInput, RequestOutcome, RequestStatus } from '../../api/disclosure';

// The server labels every item it sends (`statusLabel`, `categoryLabel`); these are the choices of the filters and
// forms, in the words of src/domain/disclosure/types.ts.

export const publicationCategoryLabels: Record<PublicationCategory, string> = {
  organization: '机构职能',
  documents: '法规文件',
  interpretations: '政策解读',
  plans: '规划计划',
  budgets: '财政预决算',
  decision_drafts: '重大决策预公开',
  meeting_decisions: '会议议定事项',
  suggestion_results: '建议提案办理结果',
  power_lists: '权责清单、负面清单、公共服务清单',
  enforcement: '行政执法公示',
  major_issue_results: '重大问题处理结果',
  annual_reports: '政府信息公开工作年度报告',
};
export const publicationCategories = Object.keys(publicationCategoryLabels) as PublicationCategory[];

export const publicationStatusColors: Record<PublicationStatus, string> = { pending: 'processing', published: 'success', rejected: 'red', withdrawn: 'default' };

export const draftKindLabels: Record<DraftKind, string> = { normative: '行政规范性文件', major_decision: '重大行政决策', policy: '政策措施' };
export const draftStatusLabels: Record<DraftStatus, string> = { draft: '草拟', open: '征求意见中', closed: '征求意见结束', concluded: '已公布意见采纳情况' };
export const draftStatusColors: Record<DraftStatus, string> = { draft: 'default', open: 'processing', closed: 'gold', concluded: 'success' };

export const requestStatusLabels: Record<RequestStatus, string> = {
  received: '办理中',
  correction: '待申请人补正',
  consulting: '征求第三方意见',
  answered: '已答复',
  abandoned: '视为放弃申请',
  withdrawn: '申请人撤回',
};
export const requestStatusColors: Record<RequestStatus, string> = { received: 'processing', correction: 'orange', consulting: 'purple', answered: 'success', abandoned: 'default', withdrawn: 'default' };

export const applicantKindLabels: Record<RegisterRequestInput['applicantKind'], string> = { person: '自然人', organization: '法人或其他组织' };
export const organizationKindLabels: Record<NonNullable<RegisterRequestInput['organizationKind']>, string> = { business: '商业企业', research: '科研机构', public_interest: '社会公益组织', legal_service: '法律服务机构', other: '其他' };
/** The channels the office registers (网上申请 comes in through the portal by itself). */
export const paperChannelLabels: Record<RegisterRequestInput['channel'], string> = { letter: '信函', in_person: '当面', fax: '传真', email: '电子邮件' };
export const deliveryFormLabels: Record<RegisterRequestInput['delivery'], string> = { paper: '纸质邮寄', email: '电子邮件', online: '网上查看下载', pickup: '当面领取' };

/**
 * The outcomes of 条例 第三十六条 as the annual report's table 三 groups them (国办公开办函〔2021〕30号); `needsReason`:
 * the answer says why.
 */
export const requestOutcomes: Record<RequestOutcome, { group: string; label: string; needsReason: boolean }> = {
  disclosed: { group: '（一）予以公开', label: '予以公开', needsReason: false },
  partly_disclosed: { group: '（二）部分公开', label: '部分公开', needsReason: true },
  withheld_state_secret: { group: '（三）不予公开', label: '属于国家秘密', needsReason: true },
  withheld_law: { group: '（三）不予公开', label: '其他法律行政法规禁止公开', needsReason: true },
  withheld_security: { group: '（三）不予公开', label: '危及“三安全一稳定”', needsReason: true },
  withheld_third_party: { group: '（三）不予公开', label: '保护第三方合法权益', needsReason: true },
  withheld_internal: { group: '（三）不予公开', label: '属于三类内部事务信息', needsReason: true },
  withheld_process: { group: '（三）不予公开', label: '属于四类过程性信息', needsReason: true },
  withheld_enforcement_file: { group: '（三）不予公开', label: '属于行政执法案卷', needsReason: true },
  withheld_query: { group: '（三）不予公开', label: '属于行政查询事项', needsReason: true },
  unavailable_not_held: { group: '（四）无法提供', label: '本机关不掌握相关政府信息', needsReason: true },
  unavailable_needs_making: { group: '（四）无法提供', label: '没有现成信息需要另行制作', needsReason: true },
  unavailable_unclear: { group: '（四）无法提供', label: '补正后申请内容仍不明确', needsReason: true },
  not_processed_petition: { group: '（五）不予处理', label: '信访举报投诉类申请', needsReason: true },
  not_processed_repeat: { group: '（五）不予处理', label: '重复申请', needsReason: true },
  not_processed_publication: { group: '（五）不予处理', label: '要求提供公开出版物', needsReason: true },
  not_processed_abusive: { group: '（五）不予处理', label: '无正当理由大量反复申请', needsReason: true },
  not_processed_confirm: { group: '（五）不予处理', label: '要求行政机关确认或重新出具已获取信息', needsReason: true },
  other_no_correction: { group: '（六）其他处理', label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', needsReason: false },
  other_no_fee: { group: '（六）其他处理', label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', needsReason: false },
  other: { group: '（六）其他处理', label: '其他', needsReason: true },
};

/** The outcome select's options, grouped as the annual report groups them. */
export const requestOutcomeOptions = Object.entries(
  (Object.keys(requestOutcomes) as RequestOutcome[]).reduce<Record<string, { value: RequestOutcome; label: string }[]>>((groups, key) => {
    const { group, label } = requestOutcomes[key];
    (groups[group] ??= []).push({ value: key, label });
    return groups;
  }, {}),
).map(([label, options]) => ({ label, options }));

export const challengeKindLabels: Record<ChallengeKind, string> = { review: '行政复议', litigation: '行政诉讼（未经复议直接起诉）', litigation_after_review: '行政诉讼（复议后起诉）' };
export const challengeOutcomeLabels: Record<ChallengeOutcome, string> = { maintained: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' };

export const messageStatusLabels: Record<MessageStatus, string> = { received: '待答复', answered: '已答复', published: '已答复并公开' };
export const messageStatusColors: Record<MessageStatus, string> = { received: 'processing', answered: 'gold', published: 'success' };
