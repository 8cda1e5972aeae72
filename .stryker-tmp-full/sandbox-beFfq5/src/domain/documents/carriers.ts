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

/** What the documents area carries besides its rules: the routes and clocks of handling. */
export const documentCarriers: readonly Omit<Carrier, 'area'>[] = stryMutAct_9fa48("257") ? [] : (stryCov_9fa48("257"), [stryMutAct_9fa48("258") ? {} : (stryCov_9fa48("258"), {
  id: stryMutAct_9fa48("259") ? "" : (stryCov_9fa48("259"), 'documents.route-by-portfolio'),
  kind: stryMutAct_9fa48("260") ? "" : (stryCov_9fa48("260"), 'route'),
  cites: stryMutAct_9fa48("261") ? [] : (stryCov_9fa48("261"), [stryMutAct_9fa48("262") ? {} : (stryCov_9fa48("262"), {
    article: 65
  })]),
  effective: stryMutAct_9fa48("263") ? {} : (stryCov_9fa48("263"), {
    from: stryMutAct_9fa48("264") ? "" : (stryCov_9fa48("264"), '2022-01-31')
  }),
  summary: stryMutAct_9fa48("265") ? "" : (stryCov_9fa48("265"), '区政府办公室审核后按领导分工呈送审批，重大事项报区长；领导外出时急件转补位领导')
}), stryMutAct_9fa48("266") ? {} : (stryCov_9fa48("266"), {
  id: stryMutAct_9fa48("267") ? "" : (stryCov_9fa48("267"), 'documents.countersign-by-principal'),
  kind: stryMutAct_9fa48("268") ? "" : (stryCov_9fa48("268"), 'guard'),
  cites: stryMutAct_9fa48("269") ? [] : (stryCov_9fa48("269"), [stryMutAct_9fa48("270") ? {} : (stryCov_9fa48("270"), {
    article: 64,
    clause: stryMutAct_9fa48("271") ? "" : (stryCov_9fa48("271"), '第三款')
  })]),
  effective: stryMutAct_9fa48("272") ? {} : (stryCov_9fa48("272"), {
    from: stryMutAct_9fa48("273") ? "" : (stryCov_9fa48("273"), '2022-01-31')
  }),
  summary: stryMutAct_9fa48("274") ? "" : (stryCov_9fa48("274"), '涉及其他单位职权的会签，须由相关单位主要负责人本人签署')
}), stryMutAct_9fa48("275") ? {} : (stryCov_9fa48("275"), {
  id: stryMutAct_9fa48("276") ? "" : (stryCov_9fa48("276"), 'documents.step-limits'),
  kind: stryMutAct_9fa48("277") ? "" : (stryCov_9fa48("277"), 'clock'),
  cites: stryMutAct_9fa48("278") ? [] : (stryCov_9fa48("278"), [stryMutAct_9fa48("279") ? {} : (stryCov_9fa48("279"), {
    article: 66
  })]),
  effective: stryMutAct_9fa48("280") ? {} : (stryCov_9fa48("280"), {
    from: stryMutAct_9fa48("281") ? "" : (stryCov_9fa48("281"), '2022-01-31')
  }),
  summary: stryMutAct_9fa48("282") ? "" : (stryCov_9fa48("282"), '公文运转各环节（含签发、会签）限时办理（急件以小时计），逾期按工作日计算并说明，到期前与逾期后自动催办，延期记录批准人')
})]);