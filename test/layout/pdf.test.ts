import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { docxToPdf, isPdfAvailable, renderDocumentDocx } from '../../src/operations/documents/layout/index.js';
import { letter } from './fixtures.js';
import { findRenderer } from './pdf-probe.js';

const renderer = await findRenderer();
if (!renderer) {
  if (process.env.CI) throw new Error('CI requires LibreOffice for the PDF conversion tests (Debian package libreoffice-writer-nogui)');
  console.log('SKIPPED PDF conversion tests: LibreOffice (soffice) is not installed; install libreoffice-writer-nogui');
}

describe('PDF 打印与归档：没有 LibreOffice 时明确告知，可改下 Word 文件', () => {
  it('找不到 soffice 时拒绝为 unavailable（503），并说明可下载 Word 文件', async () => {
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      expect(isPdfAvailable()).toBe(false);
      const error = await docxToPdf(Buffer.from('PK')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('unavailable');
      expect((error as DomainError).message).toBe('服务器未安装 LibreOffice，暂不能生成 PDF；可下载 Word 文件');
    } finally {
      process.env.PATH = path;
    }
  });
});

describe.skipIf(!renderer)('PDF 转换：同时请求排队进行，不留临时文件', () => {
  let dir: string;
  let previous: string | undefined;

  beforeAll(async () => {
    // A private temporary directory, so the files of this test's conversions can be counted.
    dir = await mkdtemp(join(tmpdir(), 'zhengwu-layout-test-'));
    previous = process.env.TMPDIR;
    process.env.TMPDIR = dir;
    // The profiles of a process that died without cleaning up (no such process id can exist).
    await mkdir(join(dir, 'zhengwu-soffice', '2147483646', 'profile-0'), { recursive: true });
  });

  afterAll(async () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    await rm(dir, { recursive: true, force: true });
  });

  it('三份同时转换都得到 PDF；转换后只剩本进程的 LibreOffice 配置目录，已退出进程留下的被清除', async () => {
    const docx = await renderDocumentDocx(letter);
    const pdfs = await Promise.all([docxToPdf(docx), docxToPdf(docx), docxToPdf(docx)]);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const left = await readdir(dir);
    expect(left.filter((name) => name.startsWith('zhengwu-pdf-'))).toEqual([]);
    expect(left.filter((name) => name !== 'zhengwu-soffice')).toEqual([]);
    expect(await readdir(join(dir, 'zhengwu-soffice'))).toEqual([String(process.pid)]);
  }, 120_000);

  it('不是 Word 文件的内容不交给 LibreOffice：拒绝为请求内容有误', async () => {
    const error = await docxToPdf(Buffer.from('这不是 Word 文件')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid_input');
  });
});
