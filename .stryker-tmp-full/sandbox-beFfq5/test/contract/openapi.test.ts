// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness/app.js';

type Operation = { responses?: Record<string, { content?: Record<string, unknown> }> };
const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;

/**
 * The contract the web client is generated from (issue 10, item 8): each operation says what it answers on
 * success, so that the generated types are the server's and a server change that breaks a page fails the
 * web's type check.
 */
describe('接口契约：OpenAPI 文档', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', { seed: false });
  });
  afterAll(async () => t.close());

  it('每一个接口都声明了成功（2xx）时的返回结构', () => {
    const document = t.app.swagger() as { paths: Record<string, Partial<Record<(typeof methods)[number], Operation>>> };
    const operations = Object.entries(document.paths).flatMap(([url, item]) => methods.flatMap((m) => (item[m] ? [{ name: `${m.toUpperCase()} ${url}`, op: item[m] }] : [])));
    expect(operations.length).toBeGreaterThan(100);
    // 204 has no body by definition; every other success must describe its content.
    const declares = (op: Operation) => Object.entries(op.responses ?? {}).some(([status, response]) => status === '204' || (/^2\d\d$/.test(status) && response.content !== undefined));
    const missing = operations.filter(({ op }) => !declares(op)).map(({ name }) => name);
    expect(missing, '在这些路由的 schema.response 中声明 2xx 返回结构（无返回内容的用 noContent，下载用 fileResponse，见 src/http/schemas.ts）').toEqual([]);
  });

  it('是否类字段（is…、has…、can…）在返回结构中一律为布尔值，SQLite 的 0/1 不会漏到网页', () => {
    // The serializer checks every answer against its schema, so a flag declared boolean can only be sent as one.
    const document = t.app.swagger() as { paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>> };
    const misdeclared: string[] = [];
    type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[]; additionalProperties?: Schema | boolean };
    const walk = (schema: Schema | undefined, where: string): void => {
      if (!schema || typeof schema !== 'object') return;
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (/^(is|has|can|needs|must)[A-Z]/.test(name) && property.type !== 'boolean') misdeclared.push(`${where}.${name}`);
        walk(property, `${where}.${name}`);
      }
      walk(schema.items, `${where}[]`);
      for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) walk(branch, where);
      if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${where}{}`);
    };
    let flags = 0;
    const count = (schema: unknown) => (flags += (JSON.stringify(schema).match(/"(is|has|can|needs|must)[A-Z]\w*":\{"type":"boolean"/g) ?? []).length);
    for (const [url, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const [status, response] of Object.entries(op.responses ?? {})) {
          for (const media of Object.values(response.content ?? {})) {
            walk(media.schema as Schema, `${method.toUpperCase()} ${url} ${status}`);
            count(media.schema);
          }
        }
      }
    }
    expect(flags).toBeGreaterThan(5);
    expect(misdeclared).toEqual([]);
  });

  it('接口文档页与文档 JSON 无须登录即可访问', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const json = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ openapi: expect.stringMatching(/^3\./), info: { title: expect.stringContaining('zhengwu') } });
    const openapi = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(openapi.statusCode).toBe(200);
  });
});
