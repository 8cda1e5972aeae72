/**
 * The words of government information disclosure (政务公开, work rules art. 33–39, 44, 71, 83; 《中华人民共和国政府
 * 信息公开条例》2019, cited below as 条例): the portal's catalogue, what a publication goes through, drafts for
 * comment, disclosure requests and their outcomes, messages from the public.
 */

/**
 * The catalogue of the portal (政府信息公开目录), in the order the portal lists it. Normative documents are under
 * 法规文件; 重大决策预公开 lists the drafts for comment; 会议议定事项 and 建议提案办理结果 are art. 36 and 40; the
 * lists and 执法公示 are art. 37; 重大问题处理结果 is art. 44.
 */
export const publicationCategories = [
  'organization',
  'documents',
  'interpretations',
  'plans',
  'budgets',
  'decision_drafts',
  'meeting_decisions',
  'suggestion_results',
  'power_lists',
  'enforcement',
  'major_issue_results',
  'annual_reports',
] as const;
export type PublicationCategory = (typeof publicationCategories)[number];

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

/** The article of the work rules each category carries. */
export const publicationCategoryArticles: Record<PublicationCategory, number> = {
  organization: 35,
  documents: 71,
  interpretations: 36,
  plans: 35,
  budgets: 35,
  decision_drafts: 36,
  meeting_decisions: 36,
  suggestion_results: 40,
  power_lists: 37,
  enforcement: 37,
  major_issue_results: 44,
  annual_reports: 34,
};

export const publicationStatuses = ['pending', 'published', 'rejected', 'withdrawn'] as const;
export type PublicationStatus = (typeof publicationStatuses)[number];
export const publicationStatusLabels: Record<PublicationStatus, string> = { pending: '待发布审核', published: '已发布', rejected: '不予发布', withdrawn: '已撤回' };

/** What a draft for comment is (art. 36 决策草案; art. 23 规范性文件). */
export const draftKinds = ['normative', 'major_decision', 'policy'] as const;
export type DraftKind = (typeof draftKinds)[number];
export const draftKindLabels: Record<DraftKind, string> = { normative: '行政规范性文件', major_decision: '重大行政决策', policy: '政策措施' };

export const draftStatuses = ['draft', 'open', 'closed', 'concluded'] as const;
export type DraftStatus = (typeof draftStatuses)[number];
export const draftStatusLabels: Record<DraftStatus, string> = { draft: '草拟', open: '征求意见中', closed: '征求意见结束', concluded: '已公布意见采纳情况' };

/** A disclosure request's course (条例 第二十七–第四十五条). */
export const requestStatuses = ['received', 'correction', 'consulting', 'answered', 'abandoned', 'withdrawn'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const requestStatusLabels: Record<RequestStatus, string> = {
  received: '办理中',
  correction: '待申请人补正',
  consulting: '征求第三方意见',
  answered: '已答复',
  abandoned: '视为放弃申请',
  withdrawn: '申请人撤回',
};

export const applicantKinds = ['person', 'organization'] as const;
export type ApplicantKind = (typeof applicantKinds)[number];
export const applicantKindLabels: Record<ApplicantKind, string> = { person: '自然人', organization: '法人或其他组织' };

/** The columns of the annual report's table 三 for legal persons and other organisations. */
export const organizationKinds = ['business', 'research', 'public_interest', 'legal_service', 'other'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];
export const organizationKindLabels: Record<OrganizationKind, string> = { business: '商业企业', research: '科研机构', public_interest: '社会公益组织', legal_service: '法律服务机构', other: '其他' };

export const requestChannels = ['online', 'letter', 'in_person', 'fax', 'email'] as const;
export type RequestChannel = (typeof requestChannels)[number];
export const requestChannelLabels: Record<RequestChannel, string> = { online: '网上申请', letter: '信函', in_person: '当面', fax: '传真', email: '电子邮件' };

export const deliveryForms = ['paper', 'email', 'online', 'pickup'] as const;
export type DeliveryForm = (typeof deliveryForms)[number];
export const deliveryFormLabels: Record<DeliveryForm, string> = { paper: '纸质邮寄', email: '电子邮件', online: '网上查看下载', pickup: '当面领取' };

/**
 * The outcomes of a request, as 条例 第三十六条 answers it and as the national template of the annual report
 * (国办公开办函〔2021〕30号) counts it: each outcome is a row of table 三, under its group.
 */
export const requestOutcomes = {
  disclosed: { group: '（一）予以公开', label: '予以公开', needsReason: false },
  partly_disclosed: { group: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', label: '部分公开', needsReason: true },
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
} as const;
export type RequestOutcome = keyof typeof requestOutcomes;
export const requestOutcomeKeys = Object.keys(requestOutcomes) as RequestOutcome[];

/** Administrative reconsideration and litigation about disclosure (annual report table 四). */
export const challengeKinds = ['review', 'litigation', 'litigation_after_review'] as const;
export type ChallengeKind = (typeof challengeKinds)[number];
export const challengeKindLabels: Record<ChallengeKind, string> = { review: '行政复议', litigation: '行政诉讼（未经复议直接起诉）', litigation_after_review: '行政诉讼（复议后起诉）' };
export const challengeOutcomes = ['maintained', 'corrected', 'other', 'pending'] as const;
export type ChallengeOutcome = (typeof challengeOutcomes)[number];
export const challengeOutcomeLabels: Record<ChallengeOutcome, string> = { maintained: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' };

export const messageStatuses = ['received', 'answered', 'published'] as const;
export type MessageStatus = (typeof messageStatuses)[number];
export const messageStatusLabels: Record<MessageStatus, string> = { received: '待答复', answered: '已答复', published: '已答复并公开' };
