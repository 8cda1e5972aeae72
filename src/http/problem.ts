import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { commitChange } from '../db/change.js';
import { isDatabaseUnavailable } from '../db/database.js';
import { DomainError, type DomainErrorCode } from '../domain/errors.js';
import { actorOf } from '../operations/identity/present-user.js';
import type { Violation } from '../rules/types.js';

/** The one table from domain error codes to HTTP statuses. */
const statusOf: Record<DomainErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule_violation: 422,
  rate_limited: 429,
  unavailable: 503,
};

const titleOf: Record<number, string> = {
  400: '请求内容有误',
  401: '未登录或登录已失效',
  403: '无权进行此操作',
  404: '未找到',
  405: '不支持该请求方法',
  409: '数据冲突',
  413: '请求内容过大',
  415: '不支持的内容类型',
  422: '违反工作规则',
  429: '请求过于频繁',
  500: '服务器内部错误',
  503: '服务暂不可用',
};

/** An RFC 9457 problem document, with the rulebook violations when a rule refused the act. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code?: string;
  requestId?: string;
  violations: Violation[];
  errors?: { path: string; message: string }[];
};

export function sendProblem(reply: FastifyReply, request: FastifyRequest, status: number, detail: string, extra: Partial<Problem> = {}): FastifyReply {
  const problem: Problem = {
    type: extra.code ? `https://zhengwu.local/problems/${extra.code}` : 'about:blank',
    title: titleOf[status] ?? '请求失败',
    status,
    detail,
    instance: request.url,
    requestId: request.id,
    violations: [],
    ...extra,
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').send(problem);
}

/**
 * Turns every error into problem+json. Client mistakes keep their 4xx status with a Chinese explanation;
 * anything else is a 500 whose details stay in the log, never in the response.
 */
export async function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  if (error instanceof DomainError) {
    await auditRefusal(error, request);
    return sendProblem(reply, request, statusOf[error.code], error.message, {
      code: error.code,
      violations: [...error.violations],
      ...(error.details ? { details: error.details } : {}),
    } as Partial<Problem>);
  }
  if (isDatabaseUnavailable(error)) {
    // The database is restarting, down, out of connections or locked: the request may be retried as it is.
    request.log.warn({ err: error }, 'database unavailable');
    void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return sendProblem(reply, request, 503, `数据库暂时不可用，请 ${RETRY_AFTER_SECONDS} 秒后重试`, { code: 'database_unavailable' });
  }
  const refused = databaseRefusal(error);
  if (refused) return sendProblem(reply, request, refused.status, refused.detail, refused.extra);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      path: [error.validationContext ?? '', ...String(v.instancePath ?? '').split('/').filter(Boolean)].filter(Boolean).join('.'),
      message: v.message ?? '取值无效',
    }));
    return sendProblem(reply, request, 400, errors.map((e) => `${e.path}：${e.message}`).join('；'), { code: 'invalid_input', errors });
  }
  const fastifyError = error as Partial<FastifyError>;
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status >= 400 && status < 500) {
    return sendProblem(reply, request, status, clientErrorDetail(fastifyError, status), { code: fastifyError.code ?? 'bad_request' });
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, request, 500, `服务器内部错误，请将请求编号 ${request.id} 告知系统管理员`, { code: 'internal' });
}

/** Refusals whose audit row is already written where they were decided (the role check in the auth hook). */
export const auditedRefusals = new WeakSet<Error>();

/** The refusals that are an act refused, not a malformed request: a rule (422), the data scope (404), the operation (403). */
const auditedCodes = new Set<DomainErrorCode>(['rule_violation', 'not_found', 'forbidden']);
const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every refused act of a signed-in user leaves an audit row (等保 8.1.4.3a: 审计覆盖到每个用户…重要的安全事件),
 * in its own transaction since the act's own rolled back: who, what route, which object, why, under which
 * articles. Done once here, so no operation can forget it. A failure to record is logged and the refusal
 * still answers.
 */
async function auditRefusal(error: DomainError, request: FastifyRequest): Promise<void> {
  if (!request.auth || !writeMethods.has(request.method) || !auditedCodes.has(error.code) || auditedRefusals.has(error)) return;
  auditedRefusals.add(error);
  const route = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
  const params = (request.params ?? {}) as Record<string, unknown>;
  const objectId = typeof params.id === 'string' ? params.id : null;
  const { handle, clock } = request.server.deps;
  try {
    await commitChange({ handle, clock, actor: actorOf(request.auth.user), request: { requestId: request.id, ip: request.ip } }, async () => ({
      result: undefined,
      audit: [
        {
          act: 'request.refused',
          objectType: route.split('/')[2] ?? 'route',
          objectId,
          result: 'refused',
          article: error.violations.find((v) => v.severity !== 'flag')?.article,
          summary: {
            route: `${request.method} ${route}`,
            status: statusOf[error.code],
            code: error.code,
            reason: error.message,
            ...(error.violations.length > 0 ? { violations: error.violations.map((v) => ({ ruleId: v.ruleId, article: v.article })) } : {}),
          },
        },
      ],
    }));
  } catch (recordError) {
    request.log.error({ err: recordError }, 'refusal not audited');
  }
}

/** What a client should wait before retrying when the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

type DbError = { code?: unknown; detail?: unknown; column?: unknown; constraint?: unknown; message?: unknown };

const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/**
 * The database's own refusals that are the request's fault, as a backstop behind the schemas and operations:
 * a reference to an unknown object answers 422 naming the field where the database says it (PostgreSQL's
 * detail "Key (signer_person_id)=(…) is not present" names the column; SQLite says only that a foreign key
 * failed); a value the column cannot hold (NUL, out of range, bad date) 400; a unique value already taken
 * or a lost serialisation race 409. Never 500.
 */
function databaseRefusal(error: unknown): { status: number; detail: string; extra: Partial<Problem> } | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, detail } = error as DbError;
  if (typeof code !== 'string') return undefined;
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    const column = typeof detail === 'string' ? /^Key \(([a-z0-9_]+)\)=/.exec(detail)?.[1] : undefined;
    const field = column ? camelCase(column) : undefined;
    const message = field ? `字段 ${field} 引用的对象不存在` : '请求中引用的对象（人员、单位、文件等）不存在，请核对后重试';
    return { status: 422, detail: message, extra: { code: 'unknown_reference', title: '引用的对象不存在', errors: field ? [{ path: field, message: '引用的对象不存在' }] : [] } };
  }
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return { status: 409, detail: '该记录已存在或已被他人同时创建，请刷新后重试', extra: { code: 'conflict' } };
  }
  if (code === '40001' || code === '40P01') return { status: 409, detail: '与其他请求同时修改了同一数据，请刷新后重试', extra: { code: 'conflict' } };
  // Class 22 is PostgreSQL's "data exception": NUL in text (22021), integer out of range (22003), bad date (22007/22008) …
  if (code.startsWith('22') || code === 'SQLITE_MISMATCH' || code === 'SQLITE_TOOBIG' || code === 'SQLITE_RANGE') {
    return { status: 400, detail: '请求中有数据库不能保存的取值（超出范围的数字、无效的日期或字符）', extra: { code: 'invalid_input' } };
  }
  if (code === '23502' || code === '23514' || code === 'SQLITE_CONSTRAINT_NOTNULL' || code === 'SQLITE_CONSTRAINT_CHECK') {
    return { status: 400, detail: '请求缺少必填内容或取值不被接受', extra: { code: 'invalid_input' } };
  }
  return undefined;
}

function clientErrorDetail(error: Partial<FastifyError>, status: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return '请求体不是有效的 JSON';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return '请求体超过大小上限';
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'attachment_too_large':
      return '上传的文件超过大小上限，未保存';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return '不支持的内容类型，请使用 application/json';
    default:
      return titleOf[status] ?? '请求有误';
  }
}
