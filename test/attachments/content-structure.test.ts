import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
// Bytes that start like the formats and name their parts, but are no document: what magic bytes alone let in.
const magicOnlyPdf = Buffer.from('%PDF-1.7\nnot a document\n');
const magicOnlyDocx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml word/document.xml....')]);

function multipart(fileName: string, content: Buffer, mediaType: string) {
  const boundary = '----zhengwu-structure';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${mediaType}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { method: 'POST' as const, url: '/api/attachments', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(dialects)('附件按内容结构检查（魔数之外）：PDF 须有 %%EOF 与对象，DOCX 须为列有 [Content_Types].xml 的 ZIP 包（%s）', (dialect) => {
  let t: TestApp;
  let office: Agent;
  const count = async () => (await t.handle.db.selectFrom('attachments').select('id').execute()).length;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    office = await logInAs(t.app, 'bgs');
  });
  afterAll(async () => t.close());

  it('只有 PDF 魔数、截断的 PDF、只有 PK 魔数与条目名的 DOCX：400 说明问题，什么也不存', async () => {
    const before = await count();
    const cases: [string, Buffer, string, string][] = [
      ['通知.pdf', magicOnlyPdf, 'application/pdf', '缺少结束标记 %%EOF'],
      ['通知.pdf', pdf.subarray(0, pdf.length - 7), 'application/pdf', '缺少结束标记 %%EOF'],
      ['通知.pdf', Buffer.from('%PDF-1.7\nno objects here\n%%EOF\n'), 'application/pdf', '没有任何对象'],
      ['方案.docx', magicOnlyDocx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '不是完整的 ZIP 包'],
    ];
    for (const [name, content, mediaType, problem] of cases) {
      const r = await office.request(multipart(name, content, mediaType));
      expect(r.statusCode, r.body).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json().detail).toContain(problem);
    }
    expect(await count()).toBe(before);
  });

  it('结构完整的 PDF 照常接受', async () => {
    const r = await office.request(multipart('通知.pdf', pdf, 'application/pdf'));
    expect(r.statusCode, r.body).toBe(201);
  });
});
