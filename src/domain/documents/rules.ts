import { chineseDate } from '../../calendar/explain.js';
import type { Rule } from '../../rules/types.js';
import { approvalAsks, separateAsks } from './text-checks.js';
import { type Classification, type DirectFilingException, type DocumentType, directFilingExceptionLabels } from './types.js';

/** The facts of one filing to the government, as the filing guards see them. */
export type FilingFacts = {
  docType: DocumentType;
  classification: Classification;
  /** The government through the office, or a leader personally. */
  addressedTo: 'government' | 'leader';
  exception: DirectFilingException | null;
  declaredMatters: readonly string[];
  body: string;
  /** The person who signed it off, and whether they are the filing unit's principal head on the day. */
  signerIsPrincipal: boolean;
  /**
   * Where the filing unit stands to the government, read from the org data (art. 64 "未经批准不得越级行文"):
   * `subordinate` — directly under it (departments, the office, towns, subdistricts, development zones, the
   * art. 93 bodies under it); `not_subordinate` — not below it at all (区委, 区人大常委会, 区政协, 法院, 检察院 …),
   * who file as equals, by 函; `below` — under another body (a unit whose parent is a department, a village
   * committee under a town), so that filing straight to the government skips `bypassed`.
   */
  filer: { relation: 'subordinate' | 'not_subordinate' } | { relation: 'below'; bypassed: string };
  /** The approval the filer cites for filing past its superior (document number or approver), if any. */
  skipLevelApproval: string | null;
  /** The 主送机关 as the document states them; empty when not stated (then the government, through the office). */
  mainRecipients: readonly string[];
  /** The same document (same unit, same 发文字号) already filed and still in handling, if any. */
  earlierFiling: { title: string; submittedOn: string } | null;
  /** Other units whose powers the matter touches, and whether each has countersigned (or files jointly). */
  relatedUnits: readonly { unitId: string; name: string; hasSigned: boolean; disagrees: boolean; grounds: string | null }[];
};

const EFFECTIVE = { from: '2022-01-31' };

// Findings carry no ruleId: the engine stamps each with its rule's id.
export const filingRules: readonly Rule<FilingFacts>[] = [
  {
    id: 'documents.classified-refused',
    kind: 'guard',
    cites: [{ article: 84 }],
    effective: EFFECTIVE,
    summary: '本平台只处理非涉密公文；标有秘密、机密、绝密的公文一律不予接收',
    check: ({ classification }) =>
      classification === 'none'
        ? undefined
        : { article: 84, message: '第八十四条：严守保密纪律。涉密公文不得通过本平台报送，请按涉密载体管理规定办理' },
  },
  {
    id: 'documents.through-the-office',
    kind: 'guard',
    cites: [{ article: 64 }],
    effective: EFFECTIVE,
    summary: '公文一律送区政府办公室统一办理，不得直接报送区政府领导同志个人（领导直接交办、重大突发事件、部分涉外事项除外）',
    check: ({ addressedTo, exception }) => {
      if (addressedTo === 'government') return undefined;
      if (exception) {
        return { article: 64, severity: 'flag', message: `直接报送领导同志个人，所称例外情形：${directFilingExceptionLabels[exception]}，须由区政府办公室核实登记` };
      }
      return { article: 64, message: '第六十四条：公文一律送区政府办公室按规定程序统一办理，不得直接报送区政府领导同志个人' };
    },
  },
  {
    id: 'documents.one-matter-per-request',
    kind: 'guard',
    cites: [{ article: 64 }],
    effective: EFFECTIVE,
    summary: '请示应当一文一事',
    check: ({ docType, declaredMatters }) =>
      docType === '请示' && declaredMatters.length !== 1
        ? { article: 64, message: `第六十四条：请示应当一文一事，本件申报了${declaredMatters.length}个事项，请分别行文` }
        : undefined,
  },
  {
    id: 'documents.one-matter-text-check',
    kind: 'guard',
    cites: [{ article: 64 }],
    effective: EFFECTIVE,
    summary: '请示正文中出现多项请求的，提示办公室审核是否一文一事',
    check: ({ docType, body }) => {
      const asks = separateAsks(body);
      return docType === '请示' && asks > 1
        ? { article: 64, severity: 'flag', message: `正文中似有${asks}项分列的请求，请办公室审核是否一文一事` }
        : undefined;
    },
  },
  {
    id: 'documents.no-request-in-report',
    kind: 'guard',
    cites: [{ article: 64 }],
    effective: EFFECTIVE,
    summary: '报告不得夹带请示事项；正文中有请示性用语的，提示办公室',
    check: ({ docType, body }) => {
      const asks = approvalAsks(body);
      return docType === '报告' && asks.length > 0
        ? { article: 64, severity: 'flag', message: `第六十四条：报告不得夹带请示事项，正文中有${[...new Set(asks)].map((a) => `“${a}”`).join('、')}，请办公室审核` }
        : undefined;
    },
  },
  {
    id: 'documents.request-signed-by-principal',
    kind: 'guard',
    cites: [{ article: 64, clause: '第三款' }],
    effective: EFFECTIVE,
    summary: '报送区政府的请示性公文，须由报送单位主要负责人签发',
    check: ({ docType, signerIsPrincipal }) =>
      docType === '请示' && !signerIsPrincipal
        ? { article: 64, message: '第六十四条：报送区政府的请示性公文，须由报送单位主要负责人签发' }
        : undefined,
  },
  {
    id: 'documents.no-skip-level',
    kind: 'guard',
    cites: [{ article: 64 }],
    effective: EFFECTIVE,
    summary: '未经批准不得越级行文：隶属于区政府部门、镇街的单位（部门管理机构、村（居）委会等）不得越过上级直接向区政府行文，经批准的标注由办公室核实；不相隶属的机关（区人大常委会、区政协、法院、检察院等）不属越级，以请示、报告行文的提示办公室',
    check: ({ filer, skipLevelApproval, docType }) => {
      if (filer.relation === 'below') {
        if (skipLevelApproval?.trim()) {
          return {
            article: 64,
            severity: 'flag',
            message: `越过${filer.bypassed}直接向区政府行文，所称批准：“${skipLevelApproval.trim()}”，须由区政府办公室核实，并应抄送${filer.bypassed}`,
          };
        }
        return {
          article: 64,
          message: `第六十四条：未经批准不得越级行文。本单位隶属于${filer.bypassed}，请向${filer.bypassed}行文；确需越级行文的，请注明批准情况并抄送${filer.bypassed}`,
        };
      }
      if (filer.relation === 'not_subordinate' && (docType === '请示' || docType === '报告')) {
        return { article: 64, severity: 'flag', message: `报送单位与区政府不相隶属，以“${docType}”行文的，请办公室审核是否应当用函` };
      }
      return undefined;
    },
  },
  {
    id: 'documents.one-main-recipient',
    kind: 'guard',
    cites: [{ article: 64 }],
    effective: EFFECTIVE,
    summary: '不得多头报文：请示只主送一个机关，需要同时送其他机关的用抄送',
    check: ({ docType, mainRecipients }) =>
      docType === '请示' && mainRecipients.length > 1
        ? {
            article: 64,
            message: `第六十四条：不得多头报文。请示只主送一个机关，本件主送${mainRecipients.map((r) => `“${r}”`).join('、')}共${mainRecipients.length}个；需要同时送其他机关的，请用抄送`,
          }
        : undefined,
  },
  {
    id: 'documents.no-duplicate-filing',
    kind: 'guard',
    cites: [{ article: 64 }],
    effective: EFFECTIVE,
    summary: '不得多头报文：同一公文（同一单位、同一发文字号）已报送区政府、尚在办理的，不再重复报送（包括另行直接报送领导同志）',
    check: ({ earlierFiling }) =>
      earlierFiling
        ? {
            article: 64,
            message: `第六十四条：不得多头报文。本件已于${chineseDate(earlierFiling.submittedOn)}以“${earlierFiling.title}”报送区政府，正在办理，请勿重复报送`,
          }
        : undefined,
  },
  {
    id: 'documents.cross-unit-countersign',
    kind: 'guard',
    cites: [{ article: 64, clause: '第三款' }],
    effective: EFFECTIVE,
    summary: '涉及其他单位职权的，须与相关单位主要负责人会签或联合行文；有分歧的列明各方理据',
    check: ({ relatedUnits }) => {
      const unsigned = relatedUnits.filter((u) => !u.hasSigned);
      if (unsigned.length > 0) {
        return { article: 64, message: `第六十四条：涉及其他单位职权的，须与相关单位主要负责人会签，尚未会签：${unsigned.map((u) => u.name).join('、')}` };
      }
      const groundless = relatedUnits.filter((u) => u.disagrees && !u.grounds?.trim());
      return groundless.length > 0
        ? { article: 64, message: `第六十四条：单位之间有分歧的，应列明各方理据，${groundless.map((u) => u.name).join('、')}的理据未列明` }
        : undefined;
    },
  },
];

/** The facts of a leader's 批示 (art. 65). */
export type InstructionFacts = { docType: DocumentType; opinion: string; isCircled: boolean };

export const instructionRules: readonly Rule<InstructionFacts>[] = [
  {
    id: 'documents.instruction-opinion',
    kind: 'guard',
    cites: [{ article: 65 }],
    effective: EFFECTIVE,
    summary: '对有具体请示事项的，应签署明确意见、姓名和日期；对一般报告性公文，应签署姓名和日期（可圈阅）',
    check: ({ docType, opinion, isCircled }) => {
      if (docType === '请示' && (isCircled || opinion.trim().length < 2)) {
        return { article: 65, message: '第六十五条：对有具体请示事项的公文，应签署明确意见、姓名和日期，不能只圈阅' };
      }
      // A 请示 without an opinion was refused above, so this reaches only the other documents (报告 etc.).
      if (!isCircled && opinion.trim().length === 0) {
        return { article: 65, message: '第六十五条：请签署意见，或圈阅（签署姓名和日期）' };
      }
      return undefined;
    },
  },
];
