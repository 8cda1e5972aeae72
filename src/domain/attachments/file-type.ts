import { readZipDirectory } from './zip-directory.js';

/** File types the platform accepts as attachments: official documents and scans. */
export const attachmentTypes = {
  pdf: { mediaType: 'application/pdf', extensions: ['.pdf'] },
  ofd: { mediaType: 'application/ofd', extensions: ['.ofd'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'] },
  png: { mediaType: 'image/png', extensions: ['.png'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
} as const;
export type AttachmentType = keyof typeof attachmentTypes;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * Whether a zip archive names an entry: from its central directory when that reads, otherwise anywhere in the
 * bytes (the name is stored plainly in the headers) — so a damaged package is still recognised for what it
 * claims to be and refused with the reason (`packageProblem`) rather than as "unrecognised".
 */
function zipHasEntry(bytes: Buffer, name: string): boolean {
  const directory = readZipDirectory(bytes);
  if ('entries' in directory) return directory.entries.includes(name);
  return bytes.includes(Buffer.from(name, 'latin1'));
}

/** The type by content (magic bytes, and for zip-based formats the entry that defines them), or undefined. */
export function sniffType(bytes: Buffer): AttachmentType | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (zipHasEntry(bytes, 'word/document.xml')) return 'docx';
    if (zipHasEntry(bytes, 'OFD.xml')) return 'ofd';
  }
  return undefined;
}

/**
 * Bidirectional overrides and isolates (which make "invoice\u202Efdp.exe" read as "invoiceexe.pdf"), other
 * invisible format characters, and C0/C1 control characters.
 */
// eslint-disable-next-line no-control-regex
const hiddenInFileNames = /[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** A file name as shown to people: NFC, without hidden or control characters, without surrounding spaces. */
export function normaliseFileName(fileName: string): string {
  return fileName.normalize('NFC').replace(hiddenInFileNames, '').trim();
}

/**
 * A file with a document's magic bytes and a web page behind them (a "PDF" that a browser sniffing the content
 * would run as HTML): markup in the first kilobyte. Real PDFs, images and zip packages have none there.
 */
function isHtmlPolyglot(bytes: Buffer): boolean {
  return /<(html|script|body|iframe|svg|!doctype\s+html)[\s>/]/i.test(bytes.subarray(0, 1024).toString('latin1'));
}

/**
 * Checks a file by its name and its content (ASVS 5.2.2): both must say the same accepted type. Returns the
 * type or a Chinese reason for refusing it.
 */
export function checkAttachment(fileName: string, bytes: Buffer, maxBytes: number): { type: AttachmentType } | { problem: string } {
  if (bytes.length === 0) return { problem: '文件为空' };
  if (bytes.length > maxBytes) return { problem: `文件超过大小上限（${Math.floor(maxBytes / 1024 / 1024)} MB）` };
  if (/[\\/\0]/.test(fileName) || fileName.length > 200) return { problem: '文件名无效' };
  const extension = fileName.toLowerCase().match(/\.[a-z0-9]+$/)?.[0];
  const byName = (Object.keys(attachmentTypes) as AttachmentType[]).find((t) => (attachmentTypes[t].extensions as readonly string[]).includes(extension ?? ''));
  if (!byName) return { problem: '只接受 PDF、OFD、DOCX、PNG、JPEG 文件' };
  const byContent = sniffType(bytes);
  if (byContent !== byName) return { problem: `文件内容与扩展名不符（扩展名为 ${extension}，内容${byContent ? `为 ${byContent.toUpperCase()}` : '无法识别'}）` };
  if (isHtmlPolyglot(bytes)) return { problem: '文件开头含有网页代码（HTML/脚本），不像真正的文档' };
  const problem = structureProblem(byName, bytes);
  if (problem !== null) return { problem };
  return { type: byName };
}

/**
 * Beyond the magic bytes, a cheap look at the structure every reader relies on (issue 12: "a PDF must parse as
 * one; an OOXML file must be a valid package"), so that a file cut short or a few bytes dressed as a document
 * are refused with the reason. Images are left to their magic bytes.
 */
export function structureProblem(type: AttachmentType, bytes: Buffer): string | null {
  switch (type) {
    case 'pdf':
      return pdfProblem(bytes);
    case 'docx':
      return packageProblem(bytes, 'DOCX', '[Content_Types].xml', '不是有效的 Office Open XML 文档');
    case 'ofd':
      return packageProblem(bytes, 'OFD', 'OFD.xml', '不是有效的 OFD 文档');
    case 'png':
    case 'jpeg':
      return null;
  }
}

/** Readers look for the end-of-file marker within the last 1024 bytes (PDF 32000-1 §7.5.5, Acrobat's tolerance). */
const PDF_TRAILER_WINDOW = 1024;

/** Whitespace as PDF 32000-1 §7.2.2 defines it. */
const isPdfWhitespace = (b: number | undefined) => b === 0x00 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;

/**
 * Whether the bytes hold an indirect object header `N G obj`. Scanned by hand from each "obj" backwards, a few
 * bytes at most, rather than with a regular expression whose backtracking a run of digits could make quadratic.
 */
function hasIndirectObject(bytes: Buffer): boolean {
  const keyword = Buffer.from('obj', 'latin1');
  for (let at = bytes.indexOf(keyword); at !== -1; at = bytes.indexOf(keyword, at + 1)) {
    const after = bytes[at + 3];
    if (after !== undefined && !isPdfWhitespace(after) && !'<[(/%'.includes(String.fromCharCode(after))) continue;
    let i = at - 1;
    const skip = (test: (b: number | undefined) => boolean, limit: number) => {
      const start = i;
      while (i >= 0 && start - i < limit && test(bytes[i])) i--;
      return start - i;
    };
    if (skip(isPdfWhitespace, 16) === 0 || skip(isDigit, 10) === 0 || skip(isPdfWhitespace, 16) === 0 || skip(isDigit, 10) === 0) continue;
    if (i < 0 || !isDigit(bytes[i])) return true;
  }
  return false;
}

function pdfProblem(bytes: Buffer): string | null {
  if (!/^%PDF-[12]\.\d/.test(bytes.toString('latin1', 0, 8))) return 'PDF 文件头无效（应为 %PDF-1.x 或 %PDF-2.0）';
  if (!bytes.subarray(Math.max(0, bytes.length - PDF_TRAILER_WINDOW)).includes('%%EOF')) return 'PDF 文件末尾缺少结束标记 %%EOF（文件可能被截断或不是真正的 PDF）';
  if (!hasIndirectObject(bytes)) return 'PDF 文件中没有任何对象（N 0 obj），不是真正的 PDF';
  return null;
}

/** A ZIP-based document: a sound archive whose central directory lists the part that defines the format. */
function packageProblem(bytes: Buffer, label: string, definingPart: string, notValid: string): string | null {
  const directory = readZipDirectory(bytes);
  if ('problem' in directory) return `${label} 文件${directory.problem}`;
  if (!directory.entries.includes(definingPart)) return `${label} 文件包的目录中没有 ${definingPart}，${notValid}`;
  return null;
}
