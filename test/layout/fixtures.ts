import type { BodyBlock, DocumentLayout, ProcessingSlip } from '../../src/domain/documents/layout.js';

/** A full body line's worth of Chinese text many times over, for the grid measurements. */
const longText =
  '为进一步优化全区政务服务环境提升办事效率方便群众和企业办事根据上级有关要求结合我区实际现就有关事项通知如下各镇人民政府街道办事处区政府各部门各直属单位要高度重视认真组织抓好落实确保各项工作取得实效';

const paragraphs = (count: number): BodyBlock[] => Array.from({ length: count }, () => ({ kind: 'paragraph', text: longText }));

/** 下行文: 临政发 通知 with 主送, two heading levels, 附件说明, 附注, one 附件, 抄送 and 印发. */
export const downward: DocumentLayout = {
  format: 'file',
  copyNumber: '000012',
  urgency: '加急',
  issuerMark: '临淄区人民政府文件',
  documentNumber: '临政发〔2026〕3号',
  title: '临淄区人民政府关于进一步做好政务服务工作的通知',
  mainRecipients: ['各镇人民政府、街道办事处', '区政府各部门', '各直属单位'],
  body: [
    { kind: 'paragraph', text: '为进一步做好全区政务服务工作，现就有关事项通知如下。' },
    { kind: 'heading', level: 1, text: '一、总体要求' },
    { kind: 'heading', level: 2, text: '（一）提高认识。' },
    ...paragraphs(2),
    { kind: 'heading', level: 2, text: '（二）明确责任。' },
    ...paragraphs(1),
    { kind: 'heading', level: 1, text: '二、工作措施' },
    ...paragraphs(2),
  ],
  attachmentNames: ['临淄区政务服务事项清单'],
  issuerSignature: '临淄区人民政府',
  writtenOn: '2026-12-02',
  isSealed: false,
  note: '此件公开发布',
  attachments: [{ title: '临淄区政务服务事项清单', body: [{ kind: 'paragraph', text: '一、企业开办。二、不动产登记。三、社会保障卡办理。' }] }],
  copyTo: ['区委各部门', '区人大常委会办公室', '区政协办公室', '区法院', '区检察院'],
  printedBy: '临淄区人民政府办公室',
  printedOn: '2026-12-02',
};

/** 上行文: a 请示 to the 市政府 with its 签发人 beside the 发文字号. */
export const upward: DocumentLayout = {
  format: 'file',
  issuerMark: '临淄区人民政府文件',
  documentNumber: '临政发〔2026〕4号',
  signers: ['张明'],
  title: '临淄区人民政府关于申请政务服务中心建设资金的请示',
  mainRecipients: ['淄博市人民政府'],
  body: [{ kind: 'paragraph', text: '为推进政务服务中心建设，现将有关事项请示如下。' }, ...paragraphs(1), { kind: 'paragraph', text: '妥否，请批示。' }],
  issuerSignature: '临淄区人民政府',
  writtenOn: '2026-12-02',
  isSealed: true,
  note: '联系人：李华，电话：7212345',
  printedBy: '临淄区人民政府办公室',
  printedOn: '2026-12-02',
};

/** 上行文 of the office with three 签发人 (two a line) and two 附件说明 items, unsealed. */
export const upwardOffice: DocumentLayout = {
  ...upward,
  issuerMark: '临淄区人民政府办公室文件',
  documentNumber: '临政办字〔2026〕15号',
  signers: ['张明', '李华', '王强'],
  title: '临淄区人民政府办公室\n关于报送政务服务工作情况的报告',
  urgency: '特急',
  attachmentNames: ['政务服务事项清单', '政务服务中心建设方案及有关测算资料汇总表（含各镇街道政务服务站点）'],
  issuerSignature: '临淄区人民政府办公室',
  isSealed: false,
};

/** A long body: three full pages of body lines, for lines per page and characters per line, and page numbers. */
export const long: DocumentLayout = {
  format: 'file',
  issuerMark: '临淄区人民政府文件',
  documentNumber: '临政发〔2026〕5号',
  title: '临淄区人民政府关于印发工作规则的通知',
  mainRecipients: ['区政府各部门'],
  body: paragraphs(40),
  issuerSignature: '临淄区人民政府',
  writtenOn: '2026-12-02',
  printedBy: '临淄区人民政府办公室',
  printedOn: '2026-12-02',
};

/** 信函式: a 函. */
export const letter: DocumentLayout = {
  format: 'letter',
  issuerMark: '临淄区人民政府',
  documentNumber: '临政函〔2026〕7号',
  title: '临淄区人民政府关于商请支持政务服务中心建设的函',
  mainRecipients: ['淄博市自然资源和规划局'],
  body: [...paragraphs(20), { kind: 'paragraph', text: '特此函商，盼复。' }],
  issuerSignature: '临淄区人民政府',
  writtenOn: '2026-12-02',
  isSealed: true,
  copyTo: ['区自然资源局'],
};

/** 纪要式. */
export const minutes: DocumentLayout = {
  format: 'minutes',
  issuerMark: '区政府常务会议纪要',
  documentNumber: '〔2026〕12号',
  title: '区政府第十二次常务会议纪要',
  body: [
    { kind: 'paragraph', text: '2026年12月1日，区长王强主持召开区政府常务会议，会议地点：区政府第一会议室。现将会议议定事项纪要如下：' },
    { kind: 'paragraph', text: '一、会议原则同意《临淄区政务服务工作方案》。由区行政审批局牵头，2026年12月31日前完成。' },
  ],
  attendance: { present: ['王强', '李明', '赵刚', '孙丽'], absent: ['周伟（出差）'], observers: ['区财政局局长刘洋'] },
  copyTo: ['区委办公室'],
  printedBy: '临淄区人民政府办公室',
  printedOn: '2026-12-02',
};

export const slip: ProcessingSlip = {
  registerNumber: '收〔2026〕12号',
  receivedOn: '2026-12-01',
  sender: '淄博市人民政府',
  senderDocNumber: '淄政字〔2026〕45号',
  title: '淄博市人民政府关于做好2027年元旦春节期间有关工作的通知',
  docType: '通知',
  urgency: '加急',
  classification: '非密',
  channel: '纸质',
  copies: 2,
  pages: 6,
  proposal: { text: '拟请王区长阅示，转区应急局牵头办理。', name: '陈静', date: '2026-12-01' },
  instructions: [
    { name: '李明', opinion: '请王强区长阅示。', date: '2026-12-01' },
    { name: '王强', opinion: '同意，请区应急局抓好落实。', date: '2026-12-02' },
    { name: '赵刚', opinion: '已阅', date: '2026-12-02', actingFor: '孙丽' },
  ],
  transfer: { handlingUnit: '区应急局', coUnits: ['区公安分局', '区交通运输局'], dueOn: '2026-12-10', date: '2026-12-02' },
  completion: { result: '已按要求部署落实，报告已报市政府。', date: '2026-12-09' },
  office: '临淄区人民政府办公室',
};
