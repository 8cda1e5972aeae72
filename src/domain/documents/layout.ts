/**
 * A document as GB/T 9704-2012 lays it out: every element of 《党政机关公文处理工作条例》 art. 9 the platform
 * produces, in the order the standard places them. The renderer (src/operations/documents/layout/) turns one of
 * these into a .docx (and a PDF); the areas that issue documents (outgoing documents, meeting minutes) build it
 * from their records, so there is one layout for every document the platform produces.
 */
export type LayoutFormat =
  /** 文件式: red 发文机关标志 ("临淄区人民政府文件"), 发文字号, red rule. */
  | 'file'
  /** 信函式: 标志 30 mm from the top, double red rules of 170 mm, no page number on page 1. */
  | 'letter'
  /** 纪要式: "××纪要" as the 标志, 出席/请假/列席 in 黑体. */
  | 'minutes';

/**
 * The body as structured text: each block is a paragraph or a heading of one of the four levels the standard
 * numbers 一、 （一） 1. （1）. The numbering is part of `text` as the drafter wrote it; `level` decides the font
 * (一、 黑体, （一） 楷体, 1. and （1） 仿宋).
 */
export type BodyBlock = { kind: 'paragraph'; text: string } | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string };

export type DocumentLayout = {
  format: LayoutFormat;
  /** 份号: six digits, required for classified documents (none here) and optional otherwise. */
  copyNumber?: string | null;
  /** 密级和保密期限, e.g. "秘密★1年"; this deployment issues non-classified documents only (art. 84). */
  classification?: string | null;
  /** 紧急程度: 特急 or 加急; absent for an ordinary document. */
  urgency?: '特急' | '加急' | null;
  /** 发文机关标志: "临淄区人民政府文件" (文件式), "临淄区人民政府" (信函式), "区政府常务会议纪要" (纪要式). */
  issuerMark: string;
  /** 发文字号: 临政发〔2026〕3号. */
  documentNumber?: string | null;
  /** 签发人 names, shown for 上行文 (请示, 报告 to a higher body) beside the 发文字号. */
  signers?: readonly string[];
  /** 标题: 机关 + 事由 + 文种. A "\n" breaks a long title where the drafter wants the line to end (梯形或菱形). */
  title: string;
  /** 主送机关, ending in a full-width colon when printed. */
  mainRecipients?: readonly string[];
  body: readonly BodyBlock[];
  /** 附件说明: the attachments' names, numbered "1." when more than one. */
  attachmentNames?: readonly string[];
  /** 发文机关署名. */
  issuerSignature?: string | null;
  /** 成文日期, ISO date (printed "2026年12月2日"). */
  writtenOn?: string | null;
  /** Whether the document is sealed (用印): changes how 署名 and 成文日期 are placed. */
  isSealed?: boolean;
  /** 附注, printed in （ ）: e.g. "（此件公开发布）", "（联系人：…）". */
  note?: string | null;
  /** Attachments' own text, each starting a new page before the 版记 ("附件N" in 黑体). */
  attachments?: readonly { title: string; body: readonly BodyBlock[] }[];
  /** 版记: 抄送机关. */
  copyTo?: readonly string[];
  /** 版记: 印发机关 and 印发日期 (ISO date). */
  printedBy?: string | null;
  printedOn?: string | null;
  /** 纪要式 only: 出席, 请假, 列席 lines. */
  attendance?: { present: readonly string[]; absent: readonly string[]; observers: readonly string[] } | null;
};

/**
 * The 收文处理笺 (阅办单) of an incoming document: its registration, the office's 拟办, every 批示 and 阅 with
 * name and date, the 转办 and the 办结 — one A4 page to print and keep with the original.
 */
export type ProcessingSlip = {
  /** 收文编号: 收〔2026〕12号. */
  registerNumber: string | null;
  receivedOn: string | null;
  /** 来文单位 and its 文号. */
  sender: string;
  senderDocNumber: string | null;
  title: string;
  docType: string;
  urgency: string;
  classification: string;
  /** 来文方式 (平台报送, 纸质, 电子公文交换), 份数, 页数. */
  channel: string;
  copies: number | null;
  pages: number | null;
  proposal: { text: string; name: string; date: string } | null;
  /** 批示 and 传阅 in order: who, what they wrote (or 已阅), when, for whom they acted. */
  instructions: readonly { name: string; opinion: string; date: string; actingFor?: string | null }[];
  transfer: { handlingUnit: string; coUnits: readonly string[]; dueOn: string | null; date: string } | null;
  completion: { result: string; date: string } | null;
  /** The office that prints it, for the heading: 临淄区人民政府办公室. */
  office: string;
};
