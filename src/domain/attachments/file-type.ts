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

/** Whether a zip archive names an entry (the name is stored in plain bytes in the local and central headers). */
function zipHasEntry(bytes: Buffer, name: string): boolean {
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
  return { type: byName };
}
