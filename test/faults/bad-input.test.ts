/**
 * Bad input answers 4xx on both databases, never 500, and stores nothing (issue 12 item 4; ASVS 5.1, 等保
 * 8.1.4.9 软件容错): NUL and unpaired surrogates (PostgreSQL refuses NUL, nothing encodes a lone surrogate),
 * integers beyond the 32-bit columns, references to unknown objects (422 naming the field), uploads over the
 * limit (413), file names with hidden bidi and control characters (normalised).
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../src/operations/attachments/upload-attachment.js';
import { handleError } from '../../src/http/problem.js';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function multipart(fileName: string, content: Buffer) {
  const boundary = '----zhengwu-fault';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { method: 'POST' as const, url: '/api/attachments', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(dialects)('畸形输入一律 4xx、不存储（%s）', (dialect) => {
  let t: TestApp;
  let sysadmin: Agent;
  let office: Agent;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sysadmin = await logInAs(t.app, 'sysadmin');
    office = await logInAs(t.app, 'bgs');
  }, 60_000);
  afterAll(async () => t.close());

  const unitsNamed = async (name: string) => (await t.handle.db.selectFrom('units').select('id').where('name', 'like', `${name}%`).execute()).length;

  it('请求体任一字符串含 NUL：400，不存储', async () => {
    const r = await sysadmin.post('/api/org/units', { name: '含空字符\u0000的局', kind: 'department', parentId: 'gov' });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().detail).toContain('body.name');
    expect(await unitsNamed('含空字符')).toBe(0);
  });

  it('不成对的代理字符（原始 JSON 中的 \\ud800）：400，不存储', async () => {
    const r = await sysadmin.request({
      method: 'POST',
      url: '/api/org/units',
      payload: '{"name":"孤立代理\\ud800局","kind":"department","parentId":"gov"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(r.statusCode, r.body).toBe(400);
    expect(await unitsNamed('孤立代理')).toBe(0);
  });

  it('查询串与路径参数中的 NUL：400', async () => {
    expect((await sysadmin.get('/api/org/units/gov%00x')).statusCode).toBe(400);
    expect((await sysadmin.get('/api/org/units?asOf=%00')).statusCode).toBe(400);
  });

  it('超出32位整数列范围的数（版本号 2^31）：400，不是 500', async () => {
    const r = await sysadmin.patch('/api/org/units/gov', { version: 2 ** 31, sortOrder: 1 });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().detail).toContain('整数超出范围');
  });

  it('超过大小上限的上传：413，什么也不存（multipart 截断标志）', async () => {
    const before = (await t.handle.db.selectFrom('attachments').select('id').execute()).length;
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1024 * 1024 - pdf.length, 0x20)]);
    const r = await office.request(multipart('超大文件.pdf', big));
    expect(r.statusCode, r.body.slice(0, 300)).toBe(413);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect((await t.handle.db.selectFrom('attachments').select('id').execute()).length).toBe(before);
  });

  it('文件名中的双向控制字符（RLO 等）与控制字符被去除后保存', async () => {
    const r = await office.request(multipart('通知\u202Ecod\u202C\u0007.pdf', pdf));
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().fileName).toBe('通知cod.pdf');
    const stored = await t.handle.db.selectFrom('attachments').select('fileName').where('id', '=', r.json().id).executeTakeFirstOrThrow();
    expect(stored.fileName).toBe('通知cod.pdf');
  });

  it('引用不存在的对象（外键）：422，PostgreSQL 指出字段名，SQLite 给出中文说明；从不 500', async () => {
    // The database's own refusal, which an operation that forgot to check a reference would run into.
    const error = await t.handle.db
      .insertInto('appointments')
      .values({ id: 'fk-probe', personId: 'no-such-person', postId: 'no-such-post', validFrom: '2026-01-01', validTo: null, createdAt: '2026-01-01T00:00:00Z' })
      .execute()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    const app = Fastify();
    app.setErrorHandler((e, request, reply) => handleError(e, request, reply));
    app.post('/probe', async () => {
      throw error;
    });
    const r = await app.inject({ method: 'POST', url: '/probe' });
    await app.close();
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('unknown_reference');
    if (dialect === 'postgres') expect(r.json().errors[0].path).toMatch(/^(personId|postId)$/);
    else expect(r.json().detail).toContain('不存在');
  });
});
