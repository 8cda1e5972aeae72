import { describe, expect, it } from 'vitest';
import { attachmentTypes, checkAttachment, sniffType } from './file-type.js';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const zip = (entry: string) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(`....${entry}....`)]);
const MB = 1024 * 1024;

describe('附件类型的边界（ASVS 5.2.2）', () => {
  it.each([
    ['PDF 须有完整文件头', Buffer.from('%PDF'), undefined],
    ['JPEG', jpeg, 'jpeg'],
    ['PNG 文件头少一字节', png.subarray(0, 7), undefined],
    ['既非 Word 亦非 OFD 的 zip', zip('xl/workbook.xml'), undefined],
    ['OFD.xml 只在 zip 中算 OFD', Buffer.from('....OFD.xml....'), undefined],
    ['word/document.xml 只在 zip 中算 DOCX', Buffer.from('....word/document.xml....'), undefined],
    ['OFD', zip('OFD.xml'), 'ofd'],
  ] as const)('%s', (_, bytes, type) => {
    expect(sniffType(bytes)).toBe(type);
  });

  it('各类型的扩展名与媒体类型', () => {
    expect(attachmentTypes.jpeg.extensions).toEqual(['.jpg', '.jpeg']);
    expect(Object.values(attachmentTypes).map((t) => t.mediaType)).toEqual([
      'application/pdf',
      'application/ofd',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'image/png',
      'image/jpeg',
    ]);
  });

  it('大小恰为上限可收，超一字节不收，上限以 MB 说明', () => {
    // Padded inside, before the body: %%EOF has to stay at the end.
    const big = Buffer.concat([pdf.subarray(0, 9), Buffer.alloc(2 * MB - pdf.length, 0x20), pdf.subarray(9)]);
    expect(checkAttachment('a.pdf', big, 2 * MB)).toEqual({ type: 'pdf' });
    expect(checkAttachment('a.pdf', Buffer.concat([big, Buffer.alloc(1)]), 2 * MB)).toEqual({ problem: '文件超过大小上限（2 MB）' });
  });

  it.each([
    ['文件名恰200字符', `${'名'.repeat(196)}.pdf`, { type: 'pdf' }],
    ['文件名201字符', `${'名'.repeat(197)}.pdf`, { problem: '文件名无效' }],
    ['反斜杠', 'a\\b.pdf', { problem: '文件名无效' }],
    ['空字符', 'a\0.pdf', { problem: '文件名无效' }],
    ['无扩展名', 'pdf', { problem: '只接受 PDF、OFD、DOCX、PNG、JPEG 文件' }],
    ['扩展名不在末尾', 'a.pdf.exe', { problem: '只接受 PDF、OFD、DOCX、PNG、JPEG 文件' }],
    ['扩展名大写', '通知.PDF', { type: 'pdf' }],
    ['.jpeg 与 .jpg', '照片.jpeg', { problem: '文件内容与扩展名不符（扩展名为 .jpeg，内容为 PDF）' }],
  ] as const)('%s', (_, name, result) => {
    expect(checkAttachment(name, pdf, MB)).toEqual(result);
  });

  it('网页代码：<!doctype html> 中间的空白可多可少', () => {
    const html = (text: string) => checkAttachment('a.pdf', Buffer.from(`%PDF-1.7\n${text}\n${pdf.subarray(9).toString('latin1')}`), MB);
    expect(html('<!doctype html>')).toMatchObject({ problem: expect.stringContaining('网页代码') });
    expect(html('<!DOCTYPE  html>')).toMatchObject({ problem: expect.stringContaining('网页代码') });
    expect(html('<!doctypehtml>')).toEqual({ type: 'pdf' });
  });

  it('内容无法识别时如实说明', () => {
    expect(checkAttachment('a.png', Buffer.from('hello'), MB)).toEqual({ problem: '文件内容与扩展名不符（扩展名为 .png，内容无法识别）' });
    expect(checkAttachment('a.jpg', jpeg, MB)).toEqual({ type: 'jpeg' });
  });
});
