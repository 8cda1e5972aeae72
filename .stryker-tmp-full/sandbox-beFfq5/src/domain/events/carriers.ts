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
import type { Carrier } from '../../rules/types.js';
const EFFECTIVE = stryMutAct_9fa48("844") ? {} : (stryCov_9fa48("844"), {
  from: stryMutAct_9fa48("845") ? "" : (stryCov_9fa48("845"), '2022-01-31')
});

/** What the events area carries besides its rules: the routes and records that live in its operations. */
export const eventsCarriers: readonly Omit<Carrier, 'area'>[] = stryMutAct_9fa48("846") ? [] : (stryCov_9fa48("846"), [stryMutAct_9fa48("847") ? {} : (stryCov_9fa48("847"), {
  id: stryMutAct_9fa48("848") ? "" : (stryCov_9fa48("848"), 'events.invitation-arranged-by-office'),
  kind: stryMutAct_9fa48("849") ? "" : (stryCov_9fa48("849"), 'route'),
  cites: stryMutAct_9fa48("850") ? [] : (stryCov_9fa48("850"), [stryMutAct_9fa48("851") ? {} : (stryCov_9fa48("851"), {
    article: 90
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("852") ? "" : (stryCov_9fa48("852"), '邀请报区政府办公室，由办公室安排或不予安排；安排后成为被邀请领导的事项（活动日期为办理期限，临近活动的为紧急事项，领导外出时转补位领导）')
}), stryMutAct_9fa48("853") ? {} : (stryCov_9fa48("853"), {
  id: stryMutAct_9fa48("854") ? "" : (stryCov_9fa48("854"), 'events.invitation-approval-record'),
  kind: stryMutAct_9fa48("855") ? "" : (stryCov_9fa48("855"), 'record'),
  cites: stryMutAct_9fa48("856") ? [] : (stryCov_9fa48("856"), [stryMutAct_9fa48("857") ? {} : (stryCov_9fa48("857"), {
    article: 91
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("858") ? "" : (stryCov_9fa48("858"), '第九十一条所列活动先待批准：区政府的批准由区长本人（区长外出时主持工作的常务副区长代为）在平台办理；区委的批准由办公室附区委批准文件记录，并写明由谁依哪份文件记录')
}), stryMutAct_9fa48("859") ? {} : (stryCov_9fa48("859"), {
  id: stryMutAct_9fa48("860") ? "" : (stryCov_9fa48("860"), 'events.reception-through-office'),
  kind: stryMutAct_9fa48("861") ? "" : (stryCov_9fa48("861"), 'route'),
  cites: stryMutAct_9fa48("862") ? [] : (stryCov_9fa48("862"), [stryMutAct_9fa48("863") ? {} : (stryCov_9fa48("863"), {
    article: 92
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("864") ? "" : (stryCov_9fa48("864"), '上级领导视察调研、拜会区政府主要领导、外宾确需区政府领导出面的，由有关部门提出安排意见，报区政府办公室按规定程序办理')
}), stryMutAct_9fa48("865") ? {} : (stryCov_9fa48("865"), {
  id: stryMutAct_9fa48("866") ? "" : (stryCov_9fa48("866"), 'events.meeting-approval-record'),
  kind: stryMutAct_9fa48("867") ? "" : (stryCov_9fa48("867"), 'record'),
  cites: stryMutAct_9fa48("868") ? [] : (stryCov_9fa48("868"), [stryMutAct_9fa48("869") ? {} : (stryCov_9fa48("869"), {
    article: 58
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("870") ? "" : (stryCov_9fa48("870"), '部门本系统全区性会议一律报批，会前由办公室审批；副区长主持的会议请镇街主要负责人参加的，先由区长本人批准；邀请副区长、集中开会的申请标注提请审批人注意')
}), stryMutAct_9fa48("871") ? {} : (stryCov_9fa48("871"), {
  id: stryMutAct_9fa48("872") ? "" : (stryCov_9fa48("872"), 'events.speech-consent-record'),
  kind: stryMutAct_9fa48("873") ? "" : (stryCov_9fa48("873"), 'record'),
  cites: stryMutAct_9fa48("874") ? [] : (stryCov_9fa48("874"), [stryMutAct_9fa48("875") ? {} : (stryCov_9fa48("875"), {
    article: 81
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("876") ? "" : (stryCov_9fa48("876"), '代表区政府发表讲话或文章须事先经区政府同意，由区长本人（区长外出时主持工作的常务副区长代为）在平台办理')
})]);