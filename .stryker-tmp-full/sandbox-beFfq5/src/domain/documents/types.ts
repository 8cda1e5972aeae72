/** The 15 types of 《党政机关公文处理工作条例》 (2012) art. 8. */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
export const documentTypes = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** 紧急程度 (art. 9 of the regulations): 特急 and 加急 are handled in hours, not days (work rules art. 66). */
export const urgencies = ['normal', 'urgent', 'very_urgent'] as const;
export type Urgency = (typeof urgencies)[number];
export const urgencyLabels: Record<Urgency, string> = stryMutAct_9fa48("779") ? {} : (stryCov_9fa48("779"), {
  normal: stryMutAct_9fa48("780") ? "" : (stryCov_9fa48("780"), '平件'),
  urgent: stryMutAct_9fa48("781") ? "" : (stryCov_9fa48("781"), '加急'),
  very_urgent: stryMutAct_9fa48("782") ? "" : (stryCov_9fa48("782"), '特急')
});

/** 密级. This deployment handles non-classified work only (art. 84). */
export const classifications = ['none', 'secret', 'confidential', 'top_secret'] as const;
export type Classification = (typeof classifications)[number];
export const classificationLabels: Record<Classification, string> = stryMutAct_9fa48("783") ? {} : (stryCov_9fa48("783"), {
  none: stryMutAct_9fa48("784") ? "" : (stryCov_9fa48("784"), '非密'),
  secret: stryMutAct_9fa48("785") ? "" : (stryCov_9fa48("785"), '秘密'),
  confidential: stryMutAct_9fa48("786") ? "" : (stryCov_9fa48("786"), '机密'),
  top_secret: stryMutAct_9fa48("787") ? "" : (stryCov_9fa48("787"), '绝密')
});

/** Where an incoming document stands in the office's handling (条例 art. 24; work rules art. 65–66). */
export const incomingStatuses = ['awaiting_sign_off', 'countersigning', 'submitted', 'received', 'registered', 'returned', 'reviewed', 'proposed', 'assigned', 'instructed', 'transferred', 'completed', 'archived'] as const;
export type IncomingStatus = (typeof incomingStatuses)[number];
export const incomingStatusLabels: Record<IncomingStatus, string> = stryMutAct_9fa48("788") ? {} : (stryCov_9fa48("788"), {
  awaiting_sign_off: stryMutAct_9fa48("789") ? "" : (stryCov_9fa48("789"), '待签发'),
  countersigning: stryMutAct_9fa48("790") ? "" : (stryCov_9fa48("790"), '会签中'),
  submitted: stryMutAct_9fa48("791") ? "" : (stryCov_9fa48("791"), '待签收'),
  received: stryMutAct_9fa48("792") ? "" : (stryCov_9fa48("792"), '待登记'),
  registered: stryMutAct_9fa48("793") ? "" : (stryCov_9fa48("793"), '待初审'),
  returned: stryMutAct_9fa48("794") ? "" : (stryCov_9fa48("794"), '已退回'),
  reviewed: stryMutAct_9fa48("795") ? "" : (stryCov_9fa48("795"), '待拟办'),
  proposed: stryMutAct_9fa48("796") ? "" : (stryCov_9fa48("796"), '待批办'),
  assigned: stryMutAct_9fa48("797") ? "" : (stryCov_9fa48("797"), '待批示'),
  instructed: stryMutAct_9fa48("798") ? "" : (stryCov_9fa48("798"), '待转办'),
  transferred: stryMutAct_9fa48("799") ? "" : (stryCov_9fa48("799"), '承办中'),
  completed: stryMutAct_9fa48("800") ? "" : (stryCov_9fa48("800"), '已办结'),
  archived: stryMutAct_9fa48("801") ? "" : (stryCov_9fa48("801"), '已归档')
});

/**
 * Matters a leader personally may receive directly (art. 64): directly assigned by a leader, top-secret (not
 * handled here), major emergencies, some foreign affairs. The office records the exception.
 */
export const directFilingExceptions = ['leader_assigned', 'major_emergency', 'foreign_affairs'] as const;
export type DirectFilingException = (typeof directFilingExceptions)[number];
export const directFilingExceptionLabels: Record<DirectFilingException, string> = stryMutAct_9fa48("802") ? {} : (stryCov_9fa48("802"), {
  leader_assigned: stryMutAct_9fa48("803") ? "" : (stryCov_9fa48("803"), '区政府领导同志直接交办事项'),
  major_emergency: stryMutAct_9fa48("804") ? "" : (stryCov_9fa48("804"), '重大突发事件'),
  foreign_affairs: stryMutAct_9fa48("805") ? "" : (stryCov_9fa48("805"), '涉外事项')
});
export type StepKind = 'submit' | 'sign_off' | 'countersign' | 'receive' | 'register' | 'review' | 'return' | 'propose' | 'assign' | 'instruct' | 'transfer' | 'complete' | 'archive' | 'chase' | 'extend';
export const stepLabels: Record<StepKind, string> = stryMutAct_9fa48("806") ? {} : (stryCov_9fa48("806"), {
  submit: stryMutAct_9fa48("807") ? "" : (stryCov_9fa48("807"), '报送'),
  sign_off: stryMutAct_9fa48("808") ? "" : (stryCov_9fa48("808"), '签发'),
  countersign: stryMutAct_9fa48("809") ? "" : (stryCov_9fa48("809"), '会签'),
  receive: stryMutAct_9fa48("810") ? "" : (stryCov_9fa48("810"), '签收'),
  register: stryMutAct_9fa48("811") ? "" : (stryCov_9fa48("811"), '登记'),
  review: stryMutAct_9fa48("812") ? "" : (stryCov_9fa48("812"), '初审'),
  return: stryMutAct_9fa48("813") ? "" : (stryCov_9fa48("813"), '退回'),
  propose: stryMutAct_9fa48("814") ? "" : (stryCov_9fa48("814"), '拟办'),
  assign: stryMutAct_9fa48("815") ? "" : (stryCov_9fa48("815"), '批办'),
  instruct: stryMutAct_9fa48("816") ? "" : (stryCov_9fa48("816"), '批示'),
  transfer: stryMutAct_9fa48("817") ? "" : (stryCov_9fa48("817"), '转办'),
  complete: stryMutAct_9fa48("818") ? "" : (stryCov_9fa48("818"), '办结'),
  archive: stryMutAct_9fa48("819") ? "" : (stryCov_9fa48("819"), '归档'),
  chase: stryMutAct_9fa48("820") ? "" : (stryCov_9fa48("820"), '催办'),
  extend: stryMutAct_9fa48("821") ? "" : (stryCov_9fa48("821"), '延期')
});