import type { Carrier, Rule } from '../../rules/types.js';
import type { Classification } from '../documents/types.js';
import { postKindLabels, type PostKind } from '../org/types.js';
import { type MatterBasis, matterBasisLabels, type OutgoingIssuer, type ReviewChecklist } from './types.js';

const EFFECTIVE = { from: '2022-01-31' };

/** The facts of a draft as the checks before anything moves see them (art. 36, 67, 68, 71, 84). */
export type DraftFacts = {
  issuer: OutgoingIssuer;
  docType: string;
  classification: Classification;
  checklist: ReviewChecklist;
  /** The step that runs the checks: the drafter's submission, or the office's review with the document. */
  stage: 'submit' | 'review';
  isPolicy: boolean;
  hasInterpretation: boolean;
  isInterpretationReviewed: boolean;
  /** For a 批复: the incoming document it answers, as the register has it (null when none is named or found). */
  answers: { docType: string } | null;
};

const inGovernmentName = (issuer: OutgoingIssuer) => issuer !== 'department';

// Findings carry no ruleId: the engine stamps each with its rule's id.
export const draftRules: readonly Rule<DraftFacts>[] = [
  {
    id: 'outgoing.classified-refused',
    kind: 'guard',
    cites: [{ article: 84 }],
    effective: EFFECTIVE,
    summary: '本平台只制发非涉密公文；涉密公文不得在本平台起草、审核、签发',
    check: ({ classification }) => (classification === 'none' ? undefined : { message: '严守保密纪律，涉密公文不得在本平台起草和制发，请按涉密载体管理规定办理' }),
  },
  {
    id: 'outgoing.content-of-government-documents',
    kind: 'guard',
    cites: [{ article: 67 }],
    effective: EFFECTIVE,
    summary: '以区政府或区政府办公室名义制发的公文，内容应属于关系全区经济社会发展的重要决定、政策措施以及需全区各级行政机关、企事业单位执行和周知的重要事项',
    check: ({ issuer, checklist }) =>
      inGovernmentName(issuer) && checklist.contentKind === 'none'
        ? { message: '以区政府或区政府办公室名义制发的公文，其内容应属于关系全区经济社会发展的重要决定、政策措施以及需全区各级行政机关、企事业单位执行和周知的重要事项' }
        : undefined,
  },
  {
    id: 'outgoing.department-remit',
    kind: 'guard',
    cites: [{ article: 68, clause: '第三款' }],
    effective: EFFECTIVE,
    summary: '属部门职权范围内事务、应由部门自行发文或联合发文的，不以区政府或区政府办公室名义发文',
    check: ({ issuer, checklist }) =>
      inGovernmentName(issuer) && checklist.isDepartmentRemit ? { message: '属部门职权范围内事务、应由部门自行发文或联合发文的，不以区政府或区政府办公室名义发文' } : undefined,
  },
  {
    id: 'outgoing.provided-by-law',
    kind: 'guard',
    cites: [{ article: 71 }],
    effective: EFFECTIVE,
    summary: '凡法律法规已作出明确规定的，一律不再制发文件',
    check: ({ checklist }) => (checklist.isProvidedByLaw ? { message: '法律法规已作出明确规定的，一律不再制发文件' } : undefined),
  },
  {
    id: 'outgoing.current-document-applies',
    kind: 'guard',
    cites: [{ article: 71 }],
    effective: EFFECTIVE,
    summary: '现行文件规定仍适用的，不再重复发文',
    check: ({ checklist }) => (checklist.isCoveredByCurrentDocument ? { message: '现行文件规定仍适用的，不再重复发文' } : undefined),
  },
  {
    id: 'outgoing.no-new-content',
    kind: 'guard',
    cites: [{ article: 71 }],
    effective: EFFECTIVE,
    summary: '没有新内容、新政策的，一律不制发文件',
    check: ({ checklist }) => (checklist.hasNewContent ? undefined : { message: '没有新内容、新政策的，一律不制发文件' }),
  },
  {
    id: 'outgoing.division-plan-separate',
    kind: 'guard',
    cites: [{ article: 71 }],
    effective: EFFECTIVE,
    summary: '分工方案原则上应与文件合并印发，不单独发文',
    check: ({ checklist }) => (checklist.isSeparateDivisionPlan ? { severity: 'flag', message: '分工方案原则上应与文件合并印发，不单独发文；确需单独印发的，请在审核意见中说明' } : undefined),
  },
  {
    id: 'outgoing.reply-answers-request',
    kind: 'guard',
    cites: [{ article: 68, clause: '第二款' }],
    effective: EFFECTIVE,
    summary: '代拟文稿应当符合《党政机关公文处理工作条例》：批复用于答复下级机关请示事项，须对应收文登记簿中的请示',
    check: ({ docType, answers }) => {
      if (docType !== '批复') return undefined;
      if (!answers) return { message: '批复用于答复下级机关的请示事项，请选择所答复的请示（收文登记簿中的来文）' };
      return answers.docType === '请示' ? undefined : { message: `批复只答复请示，所选来文的文种为“${answers.docType}”` };
    },
  },
  {
    id: 'outgoing.policy-with-interpretation',
    kind: 'guard',
    cites: [{ article: 36, clause: '第二款' }],
    effective: EFFECTIVE,
    summary: '政策文件与解读材料同步组织、同步审签、同步部署：未起草并审核解读材料的政策文件不得签发，二者同时印发',
    check: ({ isPolicy, hasInterpretation, isInterpretationReviewed, stage }) => {
      if (!isPolicy) return undefined;
      if (!hasInterpretation) return { message: '政策文件与解读材料要“同步组织、同步审签、同步部署”，请随文起草政策解读' };
      if (stage === 'review' && !isInterpretationReviewed) return { message: '政策文件与解读材料要“同步审签”，请与文件一并审核政策解读' };
      return undefined;
    },
  },
];

/** The facts of a sign-off (art. 36, 68, 69, 70; 条例 第二十二条). */
export type SignOffFacts = {
  issuer: OutgoingIssuer;
  docType: string;
  signerName: string;
  /** The signer's posts in the government on the day (区长, 副区长, 办公室主任 …). */
  signerPostKinds: readonly PostKind[];
  /** Whether the signer's portfolio holds the issuing unit (the office): “分管副区长” (art. 69(二)). */
  signerOverseesIssuer: boolean;
  /** The 区长's authorisations of the signer in force for this document or its 文种, each with its basis. */
  authorizations: readonly { basis: MatterBasis | null }[];
  /** The basis the draft declares for its matter (art. 69(一)); null when neither. */
  matterBasis: MatterBasis | null;
  isPolicy: boolean;
  hasInterpretation: boolean;
  isInterpretationReviewed: boolean;
  directsLowerGovernments: boolean;
  isDirectiveApproved: boolean;
  opinion: string;
  isCircled: boolean;
};

/** The headings of `documents.signOffAuthority` (the rulebook's words for who signs what, art. 69). */
export const signOffHeadings = {
  government: '区政府公文签发',
  governmentAuthorized: '区政府公文经区长授权签发',
  delegableMatters: '区长可授权签发的事项',
  office: '区政府办公室公文签发',
  officeIfNeeded: '区政府办公室公文如有需要签发',
  officeAuthorized: '区政府办公室公文经授权签发',
} as const;

type MatterList = readonly { category: string; keywords: readonly string[] }[];
const titlesUnder = (list: MatterList, heading: string): readonly string[] => list.find((m) => m.category === heading)?.keywords ?? [];
/** “分管X” is post X held by one whose portfolio holds the issuing unit (the office). */
const oversight = '分管';
const holdsOneOf = (f: SignOffFacts, titles: readonly string[]) =>
  titles.some((title) => {
    const overseeing = title.startsWith(oversight);
    const post = overseeing ? title.slice(oversight.length) : title;
    const holds = f.signerPostKinds.some((k) => postKindLabels[k] === post || (overseeing && post === '副区长' && k === 'executive_deputy'));
    return holds && (!overseeing || f.signerOverseesIssuer);
  });

/**
 * The post titles `documents.signOffAuthority` names for an issuer: who may be authorised to sign (`delegates`),
 * and everyone who may sign at all, in his own right, “如有需要” or by authorisation (`all`, 分管 read as the post).
 */
export function signOffTitles(list: MatterList, issuer: 'government' | 'office'): { delegates: readonly string[]; all: readonly string[] } {
  const headings = issuer === 'government' ? [signOffHeadings.government, signOffHeadings.governmentAuthorized] : [signOffHeadings.office, signOffHeadings.officeIfNeeded, signOffHeadings.officeAuthorized];
  const delegates = titlesUnder(list, issuer === 'government' ? signOffHeadings.governmentAuthorized : signOffHeadings.officeAuthorized);
  const all = headings.flatMap((h) => titlesUnder(list, h)).map((t) => (t.startsWith(oversight) ? t.slice(oversight.length) : t));
  return { delegates, all: [...new Set(all)] };
}

/** Whether post kinds hold one of the titles (a 副区长 title is held by the 常务副区长 too, as art. 69 reads it). */
export function holdsTitle(kinds: readonly PostKind[], titles: readonly string[]): boolean {
  return kinds.some((k) => titles.includes(postKindLabels[k]) || (k === 'executive_deputy' && titles.includes('副区长')));
}

/** Why a delegated signer may not sign a government document (art. 69(一)), or undefined when he may. */
function delegationRefusal(f: SignOffFacts, list: MatterList): string | undefined {
  const matters = titlesUnder(list, signOffHeadings.delegableMatters);
  const what = matters.join('和');
  if (f.authorizations.length === 0) return `${f.signerName}未获区长授权签发本件`;
  const label = f.matterBasis ? matterBasisLabels[f.matterBasis] : null;
  if (!label || !matters.includes(label)) return `区长授权签发限于${what}，本件未写明属于其中之一，应由区长签发`;
  if (!f.authorizations.some((a) => a.basis === f.matterBasis)) return `${f.signerName}所获授权不是针对“${label}”，本件应由区长签发`;
  return undefined;
}

export const signOffRules: readonly Rule<SignOffFacts>[] = [
  {
    id: 'outgoing.sign-off-authority',
    kind: 'route',
    cites: [{ article: 69 }],
    effective: EFFECTIVE,
    summary: '公文签发权限：区政府公文由区长签发，经区政府常务会议决定的事项和属于例行批准手续的事项可由区长授权副区长、办公室主任签发；区政府办公室公文由主任签发，如有需要可由分管副区长或区长签发',
    params: ['documents.signOffAuthority'],
    check: (f, param) => {
      if (f.issuer === 'department') return undefined;
      const list = param('documents.signOffAuthority');
      if (f.issuer === 'government') {
        const signers = titlesUnder(list, signOffHeadings.government);
        if (holdsOneOf(f, signers)) return undefined;
        const delegates = titlesUnder(list, signOffHeadings.governmentAuthorized);
        const rule = `以区政府名义制发的公文由${signers.join('、')}签发${delegates.length > 0 ? `，${titlesUnder(list, signOffHeadings.delegableMatters).join('和')}经区长授权可由${delegates.join('、')}签发` : ''}`;
        if (!holdsOneOf(f, delegates)) return { message: `${rule}；${f.signerName}不在签发人之列` };
        const refusal = delegationRefusal(f, list);
        return refusal ? { message: `${rule}；${refusal}` } : undefined;
      }
      const signers = titlesUnder(list, signOffHeadings.office);
      const ifNeeded = titlesUnder(list, signOffHeadings.officeIfNeeded);
      const delegates = titlesUnder(list, signOffHeadings.officeAuthorized);
      if (holdsOneOf(f, signers) || holdsOneOf(f, ifNeeded)) return undefined;
      if (f.authorizations.length > 0 && holdsOneOf(f, delegates)) return undefined;
      const rule = `以区政府办公室名义制发的公文由${signers.join('、')}签发${ifNeeded.length > 0 ? `，如有需要可由${ifNeeded.join('或')}签发` : ''}${delegates.length > 0 ? `，经授权的可由${delegates.join('、')}签发` : ''}`;
      return { message: `${rule}；${f.signerName}未获授权签发本件` };
    },
  },
  {
    id: 'outgoing.policy-interpretation-at-sign-off',
    kind: 'guard',
    cites: [{ article: 36, clause: '第二款' }],
    effective: EFFECTIVE,
    summary: '政策文件未同步起草并审核解读材料的，不得签发',
    check: ({ isPolicy, hasInterpretation, isInterpretationReviewed }) =>
      isPolicy && !(hasInterpretation && isInterpretationReviewed) ? { message: '政策文件与解读材料要“同步组织、同步审签、同步部署”，解读材料未起草或未经审核的，不得签发' } : undefined,
  },
  {
    id: 'outgoing.directive-approved',
    kind: 'guard',
    cites: [{ article: 70, clause: '第二款' }],
    effective: EFFECTIVE,
    summary: '未经区政府批准，区政府各部门不得直接向下级政府发布指令性公文或提出指令性要求；报经区政府领导同志审定后，可加“经区政府同意”字样由部门行文',
    check: ({ issuer, directsLowerGovernments, isDirectiveApproved }) =>
      issuer === 'department' && directsLowerGovernments && !isDirectiveApproved
        ? { message: '未经区政府批准，部门不得直接向下级政府发布指令性公文或在公文中提出指令性要求；请报区政府领导同志审定后加“经区政府同意”字样行文' }
        : undefined,
  },
  {
    id: 'outgoing.sign-off-opinion',
    kind: 'guard',
    cites: [{ article: 69 }],
    effective: EFFECTIVE,
    summary: '签发人签署意见、姓名和日期，圈阅视为同意（《党政机关公文处理工作条例》第二十二条）',
    check: ({ opinion, isCircled }) => (isCircled || opinion.trim() !== '' ? undefined : { message: '签发公文须签署意见（或圈阅，圈阅视为同意）' }),
  },
];

/** The clock of a countersign reply (art. 68) and of proactive disclosure (art. 71), on the deadlines table. */
export const countersignReplyCarrier = 'outgoing.countersign-reply';
export const proactiveDisclosureCarrier = 'outgoing.proactive-disclosure';

/** What the outgoing documents carry besides their rules: the decisions their operations take themselves, and their clocks. */
export const outgoingCarriers: readonly Omit<Carrier, 'area'>[] = [
  {
    id: 'outgoing.drafting-head-approves',
    kind: 'guard',
    cites: [{ article: 68, clause: '第二款' }],
    effective: EFFECTIVE,
    summary: '部门主要负责人要对代拟文稿认真审核把关：代拟文稿由起草部门主要负责人本人审核后报送',
  },
  {
    id: 'outgoing.countersign-by-principal',
    kind: 'guard',
    cites: [{ article: 68, clause: '第二款' }],
    effective: EFFECTIVE,
    summary: '文稿涉及其他部门职权的，由有关部门主要负责人会签；不同意的列明理据，协商一致前不进入审核',
  },
  {
    id: 'outgoing.countersign-reply',
    kind: 'clock',
    cites: [{ article: 68, clause: '第二款' }],
    effective: EFFECTIVE,
    summary: '协办部门一般在规定的工作日内回复会签意见，按官方工作日历计算，逾期显示逾期工作日并催办',
  },
  {
    id: 'outgoing.reviewed-before-sign-off',
    kind: 'guard',
    cites: [{ article: 68, clause: '第一款' }],
    effective: EFFECTIVE,
    summary: '区政府领导同志不直接签批未经区政府办公室审核的公文文稿：未经审核的文稿不呈送、不签发',
  },
  {
    id: 'outgoing.authorization-by-head',
    kind: 'guard',
    cites: [{ article: 69, clause: '第一项' }],
    effective: EFFECTIVE,
    summary: '授权副区长、办公室主任签发的，由区长本人授权，写明授权的文种或公文及起止日期',
  },
  {
    id: 'outgoing.proactive-disclosure',
    kind: 'clock',
    cites: [{ article: 71 }],
    effective: EFFECTIVE,
    summary: '区政府和区政府办公室下发的公文凡主动公开的，印发后列入门户网站刊载队列，按规定的工作日内公开',
  },
];
