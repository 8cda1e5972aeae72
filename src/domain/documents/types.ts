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
  'withdrawn',
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
  withdrawn: '已撤回',
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
  | 'extend'
  | 'resubmit'
  | 'withdraw'
  | 'escalate'
  | 'circulate'
  | 'read';

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
  resubmit: '修改后重新报送',
  withdraw: '撤回',
  escalate: '呈区长',
  circulate: '传阅',
  read: '阅',
};

/**
 * Where an incoming document comes from (条例 art. 24; issue 14): filed by a unit through the platform, or the
 * document of a body the office receives and registers itself — a higher body (市委, 市政府 and its
 * departments, the province), a peer body, a body not under the government (不相隶属机关), or a subordinate
 * unit that sent it outside the platform.
 */
export const sourceKinds = ['platform', 'higher', 'peer', 'unaffiliated', 'subordinate'] as const;
export type SourceKind = (typeof sourceKinds)[number];
export const sourceKindLabels: Record<SourceKind, string> = { platform: '本区单位报送', higher: '上级机关', peer: '平级机关', unaffiliated: '不相隶属机关', subordinate: '下级单位' };
/** The kinds of sender the office registers (everything but the platform's own filing). */
export const registeredSourceKinds = ['higher', 'peer', 'unaffiliated', 'subordinate'] as const;

/** 来文方式. */
export const channels = ['platform', 'paper', 'exchange'] as const;
export type Channel = (typeof channels)[number];
export const channelLabels: Record<Channel, string> = { platform: '平台报送', paper: '纸质', exchange: '电子公文交换' };

/** 公开属性 (政府信息公开条例). */
export const disclosures = ['public', 'on_request', 'not_public'] as const;
export type Disclosure = (typeof disclosures)[number];
export const disclosureLabels: Record<Disclosure, string> = { public: '主动公开', on_request: '依申请公开', not_public: '不予公开' };

/** One 批示 (art. 65): opinion, name and date; for whom the leader acted; whether the 区长 (or one presiding for him) gave it. */
export type Instruction = {
  personId: string | null;
  name: string;
  opinion: string;
  isCircled: boolean;
  date: string;
  actingFor: { personId: string; name: string } | null;
  /** Given by the 区长 or by the executive deputy presiding for him: nothing further to pass up (呈区长). */
  byHead?: boolean;
  /** When (ISO instant), for ordering with the 传阅. */
  at?: string;
};

/** One reader of a 传阅: sent by the office; their 已阅 (or opinion) with date, and for whom they read it. */
export type CirculationEntry = {
  personId: string;
  name: string;
  sentAt: string;
  /** Whether the office waits for this reader before 转办 (art. 65). */
  beforeTransfer: boolean;
  readAt: string | null;
  readOn: string | null;
  opinion: string | null;
  readByName: string | null;
  actingFor: { personId: string; name: string } | null;
};
