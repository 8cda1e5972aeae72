import { describe, expect, it } from 'vitest';
import { docxToPdf, renderDocumentDocx } from '../../src/operations/documents/layout/index.js';
import { type PeriodicReport, periodicReportLayout } from '../../src/operations/supervision/periodic-report.js';
import { findRenderer, probe } from './pdf-probe.js';

const renderer = await findRenderer();
if (!renderer) {
  if (process.env.CI) throw new Error('CI requires LibreOffice for the PDF conversion tests (Debian package libreoffice-writer-nogui)');
  console.log('SKIPPED supervision report PDF test: LibreOffice (soffice) or poppler is not installed');
}

const counts = { total: 12, open: 6, reviewing: 1, done: 4, closedIncomplete: 1, overdue: 3 };
const report: PeriodicReport = {
  period: { from: '2026-03-01', to: '2026-03-31' },
  asOf: '2026-03-31',
  counts,
  newInPeriod: 5,
  overdue: [
    { id: 't1', number: '督〔2026〕3号', title: '项目资金拨付滞后问题整改', leadUnitId: 'fgj', leadUnitName: '区发展和改革局', dueOn: '2026-03-10', days: 21, workingDays: 15 },
    { id: 't2', number: '督〔2026〕5号', title: '政府采购合同备案', leadUnitId: 'czj', leadUnitName: '区财政局', dueOn: '2026-03-16', days: 15, workingDays: 11 },
  ],
  units: [
    { unitId: 'fgj', unitName: '区发展和改革局', total: 7, open: 4, reviewing: 0, done: 3, closedIncomplete: 0, overdue: 2, results: { circular: 1, admonitory_talk: 0, referral: 0 } },
    { unitId: 'czj', unitName: '区财政局', total: 5, open: 2, reviewing: 1, done: 1, closedIncomplete: 1, overdue: 1, results: { circular: 1, admonitory_talk: 1, referral: 1 } },
  ],
};

describe.skipIf(!renderer)('art. 57: the periodic supervision report prints (GB/T 9704-2012, A4)', () => {
  it('art. 57: the periodic report renders to a PDF on A4 with its counts, overdue list and unit records', async () => {
    const docx = await renderDocumentDocx(periodicReportLayout(report, { office: '临淄区人民政府办公室', government: '临淄区人民政府' }));
    const pdf = await docxToPdf(docx);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const p = await probe(pdf);
    try {
      expect(Math.round(p.width)).toBe(595);
      expect(Math.round(p.height)).toBe(842);
      const text = p.lines.map((l) => l.text.replace(/\s+/g, '')).join('');
      expect(text).toContain('临淄区人民政府办公室');
      expect(text).toContain('共有督办任务12项');
      expect(text).toContain('督〔2026〕3号项目资金拨付滞后问题整改');
      expect(text).toContain('区财政局：牵头督办任务5项');
    } finally {
      await p.close();
    }
  }, 120_000);
});
