import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';

/**
 * The routes as the OpenAPI document of the running app declares them, so that the generated suites cover a
 * route the day it is added, and a body that passes each route's declared validation (so that what a write
 * answers is the operation's decision, not the validator's).
 */

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  default?: unknown;
};
type Operation = { parameters?: { in: string; name: string; schema?: Schema }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };

export type Route = { method: string; path: string; pathParams: string[]; queryParams: string[]; body: unknown };

/** The smallest value that the declared schema accepts. */
export function sampleOf(schema: Schema | undefined): unknown {
  if (!schema) return undefined;
  if (schema.enum) return schema.enum[0];
  const alt = schema.anyOf ?? schema.oneOf;
  if (alt) return sampleOf(alt.find((s) => s.type !== 'null') ?? alt[0]);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return true;
    case 'string':
      if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return '2026-03-20';
      if (schema.pattern?.startsWith('^1[3-9]')) return '13912345678';
      return '测'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items));
    case 'object':
    default: {
      if (!schema.properties) return {};
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sampleOf(schema.properties[key]);
      return out;
    }
  }
}

export function routesOf(app: FastifyInstance): Route[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, Operation>> };
  const routes: Route[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params = op.parameters ?? [];
      const json = op.requestBody?.content?.['application/json']?.schema;
      routes.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => p.name),
        body: json ? sampleOf(json) : undefined,
      });
    }
  }
  return routes;
}

/** Fills a route's path parameters with the value. */
export const urlOf = (route: Pick<Route, 'path'>, value: string): string => route.path.replace(/\{[^}]+\}/g, encodeURIComponent(value));

/** A response's text as a reader would see it: the raw body, or every cell of a workbook. */
export async function textOf(r: LightMyRequestResponse): Promise<string> {
  const type = String(r.headers['content-type'] ?? '');
  if (type.includes('spreadsheetml')) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))));
    return cells.join('\n');
  }
  return r.body;
}
