// @ts-nocheck
import { z } from 'zod';

/** The range of dates the API accepts (stated in the README's 安全 table). */
export const EARLIEST_DATE = '1949-10-01';
export const LATEST_DATE = '2100-12-31';

/** A calendar date `YYYY-MM-DD` that exists, within the accepted range. */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), '日期不存在')
  // A government workflow's dates lie within the People's Republic and this century; 0000-01-01 or 9999-12-31
  // is a mistake or a probe, and breaks date arithmetic further in.
  .refine((v) => v >= EARLIEST_DATE && v <= LATEST_DATE, `日期应在 ${EARLIEST_DATE} 至 ${LATEST_DATE} 之间`);

export const idParams = z.object({ id: z.string().min(1).max(100) });

/** Every object the API returns carries what the caller may do with it. */
export const actions = z.array(z.string());

/**
 * The success of a route that answers 204. Declared so that every operation documents its success in the OpenAPI
 * document (test/contract/openapi.test.ts); `z.undefined()` is what the zod provider renders as "no body".
 */
export const noContent = { 204: z.undefined().describe('已办理，无返回内容') };

/**
 * A file's bytes as a handler sends them (Fastify sends strings, buffers and streams as they are, without the
 * serializer); documented as `string` / `binary`, which openapi-typescript renders as a string.
 */
const fileBody = z.custom<string | Buffer | NodeJS.ReadableStream>(() => true).meta({ type: 'string', format: 'binary' });

/** The success of a download: a file of the content type, not JSON. */
export function fileResponse(contentType: string, description: string) {
  return { 200: { description, content: { [contentType]: { schema: fileBody } } } };
}

/** The content type of an .xlsx workbook. */
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
