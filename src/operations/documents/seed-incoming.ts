import { createHash, randomUUID } from 'node:crypto';
import { chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import type { Dialect, Tx } from '../../db/database.js';
import { documentsRepository } from '../../db/documents-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import type { CirculationEntry, IncomingStatus, Instruction } from '../../domain/documents/types.js';
import { startStepClock } from './advance.js';
import { type ReceivedRow, receivedRow, type RegisterReceivedInput } from './register-received.js';

const scan = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/**
 * Demo incoming documents, for trying the 收文 pages: a 淄博市人民政府 notice the office received on paper
 * (registered, its scan attached, waiting for 初审), and a 市政府办公室 notice received by 电子公文交换 that the
 * executive deputy has instructed and the office has sent round two deputies (传阅, one still to read). Both
 * were received at the end of the previous year — carried-over business — so the current year's register
 * starts at 1 for what a user registers.
 */
export async function seedIncomingDemo(trx: Tx, dialect: Dialect, at: Date): Promise<void> {
  const office = await orgRepository.unitWithFunction(trx, 'government_office');
  const fgj = await orgRepository.findUnitByName(trx, '区发展和改革局');
  const people = new Map((await orgRepository.leaders(trx, localDateOf(at), ['head', 'executive_deputy', 'deputy'])).map((l) => [l.name, l.personId]));
  const zhao = people.get('赵明远');
  const sun = people.get('孙立华');
  const zhou = people.get('周文博');
  if (!office || !fgj || !zhao || !sun || !zhou) return;
  const year = Number(localDateOf(at).slice(0, 4)) - 1;
  const base = { sourceKind: 'higher', urgency: 'normal', classification: 'none', isMajor: false, mainRecipients: ['各区县人民政府'], attachmentIds: [] } as const;
  const step = async (documentId: string, action: string, actorName: string, opinion: string | null, article: number, when: Date) =>
    documentsRepository.insertStep(trx, { documentId, step: action, actorUserId: null, actorName, actingForPersonId: null, actingForName: null, opinion, article, occurredAt: when.toISOString() });
  const register = async (input: RegisterReceivedInput, when: Date) => {
    const id = randomUUID();
    const seq = await documentsRepository.nextInSequence(trx, `incoming:${year}`);
    const registerNumber = `收〔${year}〕${seq}号`;
    const row = receivedRow({ id, input, officeId: office.id, year, seq, registerNumber, now: when.toISOString(), receivedAt: when.toISOString(), userId: null });
    return { id, row, registerNumber };
  };
  /** Stores the document as of `when` (its step clock started then) with the 签收 and 登记 of its receipt. */
  const store = async (doc: { id: string; registerNumber: string; row: ReceivedRow }, receivedAt: Date, clockFrom: Date) => {
    await documentsRepository.insert(trx, { ...doc.row, ...(await startStepClock(trx, doc.row, doc.row.status as IncomingStatus, clockFrom)) });
    await documentsRepository.indexForSearch(trx, dialect, doc.row);
    await step(doc.id, 'receive', '区政府办公室', `上级机关${doc.row.senderName ?? ''}来文（${doc.row.channel === 'paper' ? '纸质' : '电子公文交换'}）`, 66, receivedAt);
    await step(doc.id, 'register', '区政府办公室', doc.registerNumber, 66, receivedAt);
  };

  // On paper, with its scan: waiting for 初审.
  const paperAt = new Date(`${year}-12-29T09:30:00+08:00`);
  const paper = await register(
    {
      ...base,
      senderName: '淄博市人民政府',
      channel: 'paper',
      docType: '通知',
      title: '淄博市人民政府关于做好岁末年初重点项目谋划储备工作的通知',
      body: '各区县人民政府，市政府各部门：\n请做好下一年度重点项目谋划储备工作，于1月20日前报送项目清单。',
      senderDocNumber: `淄政字〔${year}〕45号`,
      writtenOn: `${year}-12-26`,
      disclosure: 'public',
      copies: 2,
      pages: 4,
      routingUnitId: fgj.id,
    },
    paperAt,
  );
  await store(paper, paperAt, paperAt);
  const bytes = scan;
  await attachmentRepository.insert(trx, {
    id: randomUUID(),
    ownerType: 'incoming_document',
    ownerId: paper.id,
    kind: 'scan',
    fileName: `淄政字〔${year}〕45号扫描件.pdf`,
    mediaType: 'application/pdf',
    size: bytes.length,
    sm3: createHash('sm3').update(bytes).digest('hex'),
    content: bytes,
    uploadedByUserId: null,
    createdAt: paperAt.toISOString(),
  });

  // By 电子公文交换, instructed by the executive deputy, circulating to two deputies (孙立华 has read it).
  const exchangedAt = new Date(`${year}-12-28T10:00:00+08:00`);
  const circulating = await register(
    {
      ...base,
      senderName: '淄博市人民政府办公室',
      channel: 'exchange',
      docType: '通知',
      title: '淄博市人民政府办公室关于做好元旦春节期间安全生产工作的通知',
      body: '各区县人民政府：\n请切实做好元旦春节期间安全生产工作。',
      senderDocNumber: `淄政办字〔${year}〕88号`,
      writtenOn: `${year}-12-25`,
      disclosure: 'on_request',
      copies: 1,
      pages: 3,
      routingUnitId: fgj.id,
    },
    exchangedAt,
  );
  const later = (hours: number) => new Date(exchangedAt.getTime() + hours * 3600_000);
  const instruction: Instruction = { personId: zhao, name: '赵明远', opinion: '请各分管副区长阅，督促分管领域抓好落实。', isCircled: false, date: localDateOf(later(20)), actingFor: null, byHead: false, at: later(20).toISOString() };
  const circulation: CirculationEntry[] = [
    { personId: sun, name: '孙立华', sentAt: later(21).toISOString(), beforeTransfer: true, readAt: later(23).toISOString(), readOn: localDateOf(later(23)), opinion: null, readByName: '孙立华', actingFor: null },
    { personId: zhou, name: '周文博', sentAt: later(21).toISOString(), beforeTransfer: true, readAt: null, readOn: null, opinion: null, readByName: null, actingFor: null },
  ];
  const row: ReceivedRow = {
    ...circulating.row,
    status: 'instructed',
    proposal: '拟请赵明远常务副区长阅示',
    assignedLeaderPersonId: zhao,
    assignmentBasis: 'portfolio',
    instruction: JSON.stringify(instruction),
    instructions: JSON.stringify([instruction]),
    circulation: JSON.stringify(circulation),
    pendingReaderIds: JSON.stringify([zhou]),
    stepStartedAt: later(20).toISOString(),
    updatedAt: later(23).toISOString(),
    version: 8,
  };
  await store({ ...circulating, row }, exchangedAt, later(20));
  await step(circulating.id, 'review', '区政府办公室', '初审通过', 64, later(1));
  await step(circulating.id, 'propose', '区政府办公室', '拟请赵明远常务副区长阅示', 65, later(2));
  await step(circulating.id, 'assign', '区政府办公室', '呈赵明远同志阅批（按分工报分管副区长）', 65, later(3));
  await step(circulating.id, 'instruct', '赵明远', `${instruction.opinion}（赵明远，${chineseDate(instruction.date)}）`, 65, later(20));
  await step(circulating.id, 'circulate', '区政府办公室', '传阅：孙立华、周文博（阅毕后转办）', 65, later(21));
  await step(circulating.id, 'read', '孙立华', `已阅（孙立华，${chineseDate(localDateOf(later(23)))}）`, 65, later(23));
}
