import { describe, expect, it } from 'vitest';
import { checkAttachment, normaliseFileName, sniffType } from './file-type.js';
import { readZipDirectory } from './zip-directory.js';

const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
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

/** A ZIP archive of stored (uncompressed) entries, written the way any zip tool would lay it out. */
function zipOf(names: readonly string[], options: { comment?: string } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(`<x>${name}</x>`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directory, end, comment]);
}

const docxParts = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'];

describe('PDF 按结构检查：文件头、末尾的 %%EOF、至少一个对象（魔数之外）', () => {
  it('完整的 PDF 接受；对象紧接字典、文件尾有空白也接受', () => {
    expect(checkAttachment('通知.pdf', pdf, 1024)).toEqual({ type: 'pdf' });
    expect(checkAttachment('通知.pdf', Buffer.from('%PDF-1.4\n12 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\r\n\n'), 1024)).toEqual({ type: 'pdf' });
    expect(checkAttachment('通知.pdf', Buffer.from('%PDF-2.0\r1 0 obj\r<<>>\rendobj\r%%EOF'), 1024)).toEqual({ type: 'pdf' });
  });

  it('只有魔数、截断（缺 %%EOF）、没有对象、版本号无效的 PDF 被拒并说明原因', () => {
    expect(checkAttachment('通知.pdf', Buffer.from('%PDF-1.7\n'), 1024)).toEqual({ problem: expect.stringContaining('%%EOF') });
    expect(checkAttachment('通知.pdf', pdf.subarray(0, pdf.length - 7), 1024)).toEqual({ problem: expect.stringContaining('缺少结束标记 %%EOF') });
    expect(checkAttachment('通知.pdf', Buffer.from('%PDF-1.7\nhello endobj\n%%EOF\n'), 1024)).toEqual({ problem: 'PDF 文件中没有任何对象（N 0 obj），不是真正的 PDF' });
    expect(checkAttachment('通知.pdf', Buffer.from('%PDF-1.7\nendobj obj 1obj 1 obj 1 0 objx\n%%EOF\n'), 1024)).toEqual({ problem: expect.stringContaining('没有任何对象') });
    expect(checkAttachment('通知.pdf', Buffer.from('%PDF-x\n1 0 obj\n%%EOF\n'), 1024)).toEqual({ problem: expect.stringContaining('文件头无效') });
  });

  it('%%EOF 须在最后 1024 字节内：其后跟着大量内容的文件被拒', () => {
    const trailing = Buffer.concat([pdf, Buffer.alloc(2048, 0x41)]);
    expect(checkAttachment('通知.pdf', trailing, 1024 * 1024)).toEqual({ problem: expect.stringContaining('%%EOF') });
  });

  it('一长串数字不会让对象检查变慢（无回溯的正则）', () => {
    const digits = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4 * 1024 * 1024, 0x31), Buffer.from(' obj\n%%EOF\n')]);
    const started = performance.now();
    expect(checkAttachment('通知.pdf', digits, 8 * 1024 * 1024)).toEqual({ problem: expect.stringContaining('没有任何对象') });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('DOCX、OFD 须为完整的 ZIP 包，中央目录列有 [Content_Types].xml / OFD.xml', () => {
  it('读出中央目录的条目；有注释的包也能找到结尾记录', () => {
    expect(readZipDirectory(zipOf(docxParts))).toEqual({ entries: docxParts });
    expect(readZipDirectory(zipOf(docxParts, { comment: 'PK\u0005\u0006 not the end' }))).toEqual({ entries: docxParts });
  });

  it('完整的 DOCX、OFD 接受', () => {
    expect(checkAttachment('方案.docx', zipOf(docxParts), 1024 * 1024)).toEqual({ type: 'docx' });
    expect(checkAttachment('通知.ofd', zipOf(['OFD.xml', 'Doc_0/Document.xml']), 1024 * 1024)).toEqual({ type: 'ofd' });
  });

  it('只有 PK 魔数与条目名、截断、目录缺 [Content_Types].xml 的 DOCX 被拒并说明原因', () => {
    expect(checkAttachment('方案.docx', docx, 1024)).toEqual({ problem: 'DOCX 文件不是完整的 ZIP 包：找不到中央目录结尾记录（文件可能被截断或损坏）' });
    const whole = zipOf(docxParts);
    expect(checkAttachment('方案.docx', whole.subarray(0, whole.length - 10), 1024 * 1024)).toEqual({ problem: expect.stringContaining('找不到中央目录结尾记录') });
    expect(checkAttachment('方案.docx', zipOf(['_rels/.rels', 'word/document.xml']), 1024 * 1024)).toEqual({
      problem: 'DOCX 文件包的目录中没有 [Content_Types].xml，不是有效的 Office Open XML 文档',
    });
    expect(checkAttachment('通知.ofd', ofd, 1024)).toEqual({ problem: expect.stringContaining('不是完整的 ZIP 包') });
    expect(checkAttachment('通知.ofd', zipOf(['Doc_0/OFD.xml.bak', 'OFD.xml/']), 1024 * 1024)).toMatchObject({ problem: expect.any(String) });
  });

  it('中央目录的偏移、条目数与本地文件头不符时判为损坏', () => {
    const whole = zipOf(docxParts);
    const end = whole.length - 22;
    const wrongOffset = Buffer.from(whole);
    wrongOffset.writeUInt32LE(whole.readUInt32LE(end + 16) + 5, end + 16);
    expect(readZipDirectory(wrongOffset)).toEqual({ problem: 'ZIP 包的中央目录损坏' });
    const wrongCount = Buffer.from(whole);
    wrongCount.writeUInt16LE(4, end + 8);
    wrongCount.writeUInt16LE(4, end + 10);
    expect(readZipDirectory(wrongCount)).toEqual({ problem: 'ZIP 包的中央目录损坏' });
    const wrongLocal = Buffer.from(whole);
    const firstCentral = whole.readUInt32LE(end + 16);
    wrongLocal.writeUInt32LE(3, firstCentral + 42);
    expect(readZipDirectory(wrongLocal)).toEqual({ problem: 'ZIP 包的中央目录损坏' });
    const split = Buffer.from(whole);
    split.writeUInt16LE(1, end + 4);
    expect(readZipDirectory(split)).toEqual({ problem: '不接受分卷 ZIP 包' });
  });
});
