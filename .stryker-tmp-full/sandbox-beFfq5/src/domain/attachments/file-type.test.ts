// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { checkAttachment, normaliseFileName, sniffType } from './file-type.js';

const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml....')]);
const ofd = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....OFD.xml....')]);

describe('附件类型按内容与文件名双重校验（ASVS 5.2.2）', () => {
  it('识别 PDF、PNG、DOCX、OFD', () => {
    expect(sniffType(pdf)).toBe('pdf');
    expect(sniffType(png)).toBe('png');
    expect(sniffType(docx)).toBe('docx');
    expect(sniffType(ofd)).toBe('ofd');
    expect(sniffType(Buffer.from('MZ executable'))).toBeUndefined();
  });

  it('扩展名与内容一致才接受', () => {
    expect(checkAttachment('通知.pdf', pdf, 1024)).toEqual({ type: 'pdf' });
    expect(checkAttachment('日程.pdf', png, 1024)).toMatchObject({ problem: expect.stringContaining('不符') });
    expect(checkAttachment('病毒.exe', pdf, 1024)).toMatchObject({ problem: expect.stringContaining('只接受') });
    expect(checkAttachment('../../etc/passwd.pdf', pdf, 1024)).toMatchObject({ problem: '文件名无效' });
    expect(checkAttachment('大.pdf', pdf, 10)).toMatchObject({ problem: expect.stringContaining('大小上限') });
    expect(checkAttachment('空.pdf', Buffer.alloc(0), 10)).toMatchObject({ problem: '文件为空' });
  });
});

describe('文件名规范化：去除双向控制字符（RLO 等）、零宽与控制字符', () => {
  it('“发票\\u202Efdp.exe”不再显示为 exe 伪装的 pdf；控制字符与首尾空白去除，NFC 归一', () => {
    expect(normaliseFileName('发票\u202Efdp.exe')).toBe('发票fdp.exe');
    expect(normaliseFileName(' 通\u200B知\u0007\u2066.pdf ')).toBe('通知.pdf');
    expect(normaliseFileName('cafe\u0301.pdf')).toBe('café.pdf');
  });
});

describe('PDF 魔数加网页代码的多义文件（polyglot）被拒', () => {
  it('以 %PDF- 开头、随后是 HTML 与脚本的文件不能作为 PDF 接受；正常 PDF 照常接受', () => {
    const polyglot = Buffer.from('%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n');
    expect(checkAttachment('通知.pdf', polyglot, 1024)).toEqual({ problem: '文件开头含有网页代码（HTML/脚本），不像真正的文档' });
    expect(checkAttachment('通知.pdf', Buffer.from('%PDF-1.7\n<SCRIPT >x</SCRIPT>'), 1024)).toMatchObject({ problem: expect.stringContaining('网页代码') });
    expect(checkAttachment('通知.pdf', pdf, 1024)).toEqual({ type: 'pdf' });
  });
});
