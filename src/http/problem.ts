import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type DomainErrorCode } from '../domain/errors.js';
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
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof DomainError) {
    return sendProblem(reply, request, statusOf[error.code], error.message, {
      code: error.code,
      violations: [...error.violations],
      ...(error.details ? { details: error.details } : {}),
    } as Partial<Problem>);
  }
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

function clientErrorDetail(error: Partial<FastifyError>, status: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return '请求体不是有效的 JSON';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return '请求体超过大小上限';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return '不支持的内容类型，请使用 application/json';
    default:
      return titleOf[status] ?? '请求有误';
  }
}
