import { inflateRawSync } from 'node:zlib';

/**
 * The text of one part of a .docx (a zip): read from the central directory, so the test needs no unzip binary
 * and no library beyond Node.
 */
export function docxPart(docx: Buffer, name: string): string {
  const end = docx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const entries = docx.readUInt16LE(end + 10);
  let at = docx.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const method = docx.readUInt16LE(at + 10);
    const compressedSize = docx.readUInt32LE(at + 20);
    const nameLength = docx.readUInt16LE(at + 28);
    const extraLength = docx.readUInt16LE(at + 30);
    const commentLength = docx.readUInt16LE(at + 32);
    const localHeader = docx.readUInt32LE(at + 42);
    const entryName = docx.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (entryName === name) {
      const dataStart = localHeader + 30 + docx.readUInt16LE(localHeader + 26) + docx.readUInt16LE(localHeader + 28);
      const data = docx.subarray(dataStart, dataStart + compressedSize);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`no part ${name} in the .docx`);
}
