import type { Classification, IncomingStatus, Urgency } from '../../api/documents';

/** The same words as the server's `urgencyLabel`, for the form's choices and filters. */
export const urgencyLabels: Record<Urgency, string> = { normal: '平件', urgent: '加急', very_urgent: '特急' };
export const urgencyColors: Record<Urgency, string> = { normal: 'default', urgent: 'orange', very_urgent: 'red' };

export const classificationLabels: Record<Classification, string> = { none: '非密', secret: '秘密', confidential: '机密', top_secret: '绝密' };

/** The same words as the server's `statusLabel`: what each status waits for. */
export const statusLabels: Record<IncomingStatus, string> = {
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

export const statusColors: Record<IncomingStatus, string> = {
  awaiting_sign_off: 'gold',
  countersigning: 'purple',
  submitted: 'processing',
  received: 'processing',
  registered: 'processing',
  returned: 'error',
  reviewed: 'processing',
  proposed: 'processing',
  assigned: 'gold',
  instructed: 'processing',
  transferred: 'cyan',
  completed: 'success',
  archived: 'default',
  withdrawn: 'default',
};
