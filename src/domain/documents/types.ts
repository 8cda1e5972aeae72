/** The 15 types of 《党政机关公文处理工作条例》 (2012) art. 8. */
export const documentTypes = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** 紧急程度 (art. 9 of the regulations): 特急 and 加急 are handled in hours, not days (work rules art. 66). */
export const urgencies = ['normal', 'urgent', 'very_urgent'] as const;
export type Urgency = (typeof urgencies)[number];
export const urgencyLabels: Record<Urgency, string> = { normal: '平件', urgent: '加急', very_urgent: '特急' };

/** 密级. This deployment handles non-classified work only (art. 84). */
export const classifications = ['none', 'secret', 'confidential', 'top_secret'] as const;
export type Classification = (typeof classifications)[number];
export const classificationLabels: Record<Classification, string> = { none: '非密', secret: '秘密', confidential: '机密', top_secret: '绝密' };

/** Where an incoming document stands in the office's handling (条例 art. 24; work rules art. 65–66). */
export const incomingStatuses = [
  'awaiting_sign_off',
  'countersigning',
  'submitted',
  'received',
  'registered',
  'returned',
  'reviewed',
  'proposed',
  'assigned',
  'instructed',
  'transferred',
  'completed',
  'archived',
] as const;
export type IncomingStatus = (typeof incomingStatuses)[number];
export const incomingStatusLabels: Record<IncomingStatus, string> = {
  awaiting_sign_off: '待签发',
  countersigning: '会签中',
  submitted: '待签收',
  received: '待登记',
  registered: '待初审',
  returned: '已退回',
  reviewed: '待拟办',
  proposed: '待批办',
  assigned: '待批示',
  instructed: '待转办',
  transferred: '承办中',
  completed: '已办结',
  archived: '已归档',
};

/**
 * Matters a leader personally may receive directly (art. 64): directly assigned by a leader, top-secret (not
 * handled here), major emergencies, some foreign affairs. The office records the exception.
 */
export const directFilingExceptions = ['leader_assigned', 'major_emergency', 'foreign_affairs'] as const;
export type DirectFilingException = (typeof directFilingExceptions)[number];
export const directFilingExceptionLabels: Record<DirectFilingException, string> = {
  leader_assigned: '区政府领导同志直接交办事项',
  major_emergency: '重大突发事件',
  foreign_affairs: '涉外事项',
};

export type StepKind =
  | 'submit'
  | 'sign_off'
  | 'countersign'
  | 'receive'
  | 'register'
  | 'review'
  | 'return'
  | 'propose'
  | 'assign'
  | 'instruct'
  | 'transfer'
  | 'complete'
  | 'archive'
  | 'chase'
  | 'extend';

export const stepLabels: Record<StepKind, string> = {
  submit: '报送',
  sign_off: '签发',
  countersign: '会签',
  receive: '签收',
  register: '登记',
  review: '初审',
  return: '退回',
  propose: '拟办',
  assign: '批办',
  instruct: '批示',
  transfer: '转办',
  complete: '办结',
  archive: '归档',
  chase: '催办',
  extend: '延期',
};
