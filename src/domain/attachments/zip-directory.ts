/**
 * Reads a ZIP archive's central directory (APPNOTE.TXT 4.3.12–4.3.16) — the list a reader such as Word or an
 * OFD reader trusts — without unpacking anything. Enough to tell a real package from bytes that merely start
 * with `PK\x03\x04` and mention a file name somewhere: the end-of-central-directory record must close the
 * file, the directory must sit inside it and account for every entry, and each entry must point at a local
 * header. No decompression, so a zip bomb costs nothing here.
 */
export type ZipDirectory = { entries: string[] };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;

/** The end-of-central-directory record: last in the file, followed only by its own comment. */
function findEndRecord(bytes: Buffer): number | undefined {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE && at + EOCD_SIZE + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  return undefined;
}

const safeNumber = (value: bigint): number | undefined => (value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined);

/** The central directory's entry names, or a Chinese reason why the bytes are not a sound ZIP archive. */
export function readZipDirectory(bytes: Buffer): ZipDirectory | { problem: string } {
  const truncated = { problem: '不是完整的 ZIP 包：找不到中央目录结尾记录（文件可能被截断或损坏）' };
  const damaged = { problem: 'ZIP 包的中央目录损坏' };
  if (bytes.length < EOCD_SIZE) return truncated;
  const end = findEndRecord(bytes);
  if (end === undefined) return truncated;
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0) return { problem: '不接受分卷 ZIP 包' };
  let count = bytes.readUInt16LE(end + 10);
  let size = bytes.readUInt32LE(end + 12);
  let offset = bytes.readUInt32LE(end + 16);
  let directoryLimit = end;
  if (bytes.readUInt16LE(end + 8) !== count) return { problem: '不接受分卷 ZIP 包' };
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // ZIP64: the real figures are in the ZIP64 end record, found through the locator just before this one.
    const locator = end - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return damaged;
    const record = safeNumber(bytes.readBigUInt64LE(locator + 8));
    if (record === undefined || record + 56 > locator || bytes.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) return damaged;
    const figures = [bytes.readBigUInt64LE(record + 32), bytes.readBigUInt64LE(record + 40), bytes.readBigUInt64LE(record + 48)].map(safeNumber);
    if (figures.some((f) => f === undefined)) return damaged;
    [count, size, offset] = figures as [number, number, number];
    directoryLimit = record;
  }
  if (count === 0) return { problem: 'ZIP 包是空的' };
  if (offset + size > directoryLimit) return damaged;

  const entries: string[] = [];
  let at = offset;
  const directoryEnd = offset + size;
  for (let n = 0; n < count; n++) {
    if (at + CENTRAL_HEADER_SIZE > directoryEnd || bytes.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE) return damaged;
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > directoryEnd) return damaged;
    const local = bytes.readUInt32LE(at + 42);
    // 0xffffffff: the offset is in the ZIP64 extra field; the directory's own bounds were checked above.
    if (local !== 0xffffffff && (local + LOCAL_HEADER_SIZE > offset || bytes.readUInt32LE(local) !== LOCAL_HEADER_SIGNATURE)) return damaged;
    entries.push(bytes.toString('latin1', at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength));
    at = next;
  }
  if (at !== directoryEnd) return damaged;
  return { entries };
}
