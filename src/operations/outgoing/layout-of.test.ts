import { describe, expect, it } from 'vitest';
import type { OutgoingDocumentRecord } from '../../db/outgoing-repository.js';
import { interpretationLayoutOf, layoutOf } from './layout-of.js';

const record = (o: Partial<OutgoingDocumentRecord> = {}): OutgoingDocumentRecord =>
  ({
    id: 'd',
    status: 'issued',
    issuer: 'government',
    docType: '通知',
    title: '临淄区人民政府关于做好重点项目建设工作的通知',
    mainRecipients: JSON.stringify([{ unitId: 'qidu', name: '齐都镇人民政府' }, { unitId: null, name: '区政府各部门' }]),
    copyTo: JSON.stringify([{ unitId: null, name: '区委办公室' }]),
    disclosure: 'proactive',
    urgency: 'urgent',
    body: JSON.stringify([{ kind: 'heading', level: 1, text: '一、明确目标' }]),
    note: null,
    interpretation: JSON.stringify({ title: '政策解读', body: [{ kind: 'paragraph', text: '一是……' }] }),
    documentNumber: '临政发〔2026〕3号',
    signOff: JSON.stringify({ personId: 'p', name: '林志远', opinion: '同意', isCircled: false, date: '2026-03-02', actingFor: null, at: '2026-03-02T02:00:00Z' }),
    sealedAt: '2026-03-03T02:00:00Z',
    writtenOn: '2026-03-02',
    issuedAt: '2026-03-03T17:00:00Z',
    ...o,
  }) as OutgoingDocumentRecord;
const names = { issuerName: '临淄区人民政府', printedBy: '区政府办公室', attachmentNames: ['项目清单.pdf'] };

describe('GB/T 9704-2012 版式要素（发文）', () => {
  it('文件式：发文机关标志、发文字号、主送、附件说明、署名、成文日期、附注、版记（印发日期按北京时间）', () => {
    expect(layoutOf(record(), names)).toMatchObject({
      format: 'file',
      issuerMark: '临淄区人民政府文件',
      documentNumber: '临政发〔2026〕3号',
      urgency: '加急',
      signers: [],
      mainRecipients: ['齐都镇人民政府', '区政府各部门'],
      attachmentNames: ['项目清单'],
      issuerSignature: '临淄区人民政府',
      writtenOn: '2026-03-02',
      isSealed: true,
      note: '此件公开发布',
      copyTo: ['区委办公室'],
      printedBy: '区政府办公室',
      printedOn: '2026-03-04',
    });
  });

  it('函用信函式；上行文（请示、报告）标注签发人', () => {
    expect(layoutOf(record({ docType: '函' }), names)).toMatchObject({ format: 'letter', issuerMark: '临淄区人民政府' });
    expect(layoutOf(record({ docType: '请示' }), names).signers).toEqual(['林志远']);
  });

  it('政策解读单独成文，注明所解读的文件及文号', () => {
    const layout = interpretationLayoutOf(record(), names);
    expect(layout?.title).toBe('政策解读');
    expect(layout?.body[0]?.text).toContain('临政发〔2026〕3号');
    expect(interpretationLayoutOf(record({ interpretation: null }), names)).toBeNull();
  });
});
