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
export const auditCarriers: readonly Omit<Carrier, 'area'>[] = stryMutAct_9fa48("152") ? [] : (stryCov_9fa48("152"), [stryMutAct_9fa48("153") ? {} : (stryCov_9fa48("153"), {
  id: stryMutAct_9fa48("154") ? "" : (stryCov_9fa48("154"), 'audit.trail'),
  kind: stryMutAct_9fa48("155") ? "" : (stryCov_9fa48("155"), 'record'),
  cites: stryMutAct_9fa48("156") ? [] : (stryCov_9fa48("156"), [stryMutAct_9fa48("157") ? {} : (stryCov_9fa48("157"), {
    article: 46
  })]),
  effective: stryMutAct_9fa48("158") ? {} : (stryCov_9fa48("158"), {
    from: stryMutAct_9fa48("159") ? "" : (stryCov_9fa48("159"), '2022-01-31')
  }),
  summary: stryMutAct_9fa48("160") ? "" : (stryCov_9fa48("160"), '每项变更与其审计记录在同一事务中提交（记录写入失败则变更回滚），记录以 SM3 哈希链相连，支撑重大决策终身责任追究')
})]);