import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../db/database.js';
import { handleError } from './problem.js';

const pgError = (code: string, message = 'x', detail?: string) => Object.assign(new Error(message), { code, ...(detail ? { detail } : {}) });

async function answerTo(error: unknown) {
  const app = Fastify();
  app.setErrorHandler((e, request, reply) => handleError(e, request, reply));
  app.get('/probe', async () => {
    throw error;
  });
  const r = await app.inject({ method: 'GET', url: '/probe' });
  await app.close();
  return r;
}

describe('数据库不可用答 503 并带 Retry-After，从不 500', () => {
  it.each([
    ['连接被拒（多个地址）', Object.assign(new AggregateError([Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })]), {})],
    ['连接意外中断', new Error('Connection terminated unexpectedly')],
    ['管理员关闭（57P01）', pgError('57P01', 'terminating connection due to administrator command')],
    ['正在启动（57P03）', pgError('57P03', 'the database system is starting up')],
    ['连接数已满（53300）', pgError('53300', 'sorry, too many clients already')],
    ['连接池超时', new Error('timeout exceeded when trying to connect')],
    ['SQLite 忙', pgError('SQLITE_BUSY', 'database is locked')],
    ['SQLite 磁盘满', pgError('SQLITE_FULL', 'database or disk is full')],
  ])('%s', async (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    const r = await answerTo(error);
    expect(r.statusCode).toBe(503);
    expect(r.headers['retry-after']).toBe('5');
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().code).toBe('database_unavailable');
  });

  it('普通错误不算数据库不可用，仍是 500', async () => {
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect((await answerTo(new Error('boom'))).statusCode).toBe(500);
  });
});

describe('数据库自己的拒绝：外键 422 指出字段、唯一值 409、取值超出列的能力 400', () => {
  it('PostgreSQL 外键违反：字段名取自错误详情并转成接口字段名', async () => {
    const r = await answerTo(pgError('23503', 'insert violates foreign key', 'Key (signer_person_id)=(nobody) is not present in table "people".'));
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'unknown_reference', errors: [{ path: 'signerPersonId' }] });
    expect(r.json().detail).toContain('signerPersonId');
  });

  it('SQLite 外键违反：中文说明', async () => {
    const r = await answerTo(pgError('SQLITE_CONSTRAINT_FOREIGNKEY', 'FOREIGN KEY constraint failed'));
    expect(r.statusCode).toBe(422);
    expect(r.json().detail).toContain('不存在');
  });

  it.each([
    ['23505', 409],
    ['SQLITE_CONSTRAINT_UNIQUE', 409],
    ['40001', 409],
    ['22021', 400],
    ['22003', 400],
    ['22008', 400],
    ['23502', 400],
  ])('%s → %i', async (code, status) => {
    expect((await answerTo(pgError(code))).statusCode).toBe(status);
  });
});
