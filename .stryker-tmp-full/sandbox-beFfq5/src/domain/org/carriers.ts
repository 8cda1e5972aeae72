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

/** What the organisation area carries. Routing by these records comes with the areas that route. */
export const orgCarriers: readonly Omit<Carrier, 'area'>[] = stryMutAct_9fa48("2595") ? [] : (stryCov_9fa48("2595"), [stryMutAct_9fa48("2596") ? {} : (stryCov_9fa48("2596"), {
  id: stryMutAct_9fa48("2597") ? "" : (stryCov_9fa48("2597"), 'org.composition'),
  kind: stryMutAct_9fa48("2598") ? "" : (stryCov_9fa48("2598"), 'route'),
  cites: stryMutAct_9fa48("2599") ? [] : (stryCov_9fa48("2599"), [stryMutAct_9fa48("2600") ? {} : (stryCov_9fa48("2600"), {
    article: 5
  })]),
  effective: stryMutAct_9fa48("2601") ? {} : (stryCov_9fa48("2601"), {
    from: stryMutAct_9fa48("2602") ? "" : (stryCov_9fa48("2602"), '2022-01-31')
  }),
  summary: stryMutAct_9fa48("2603") ? "" : (stryCov_9fa48("2603"), '按日期记录区政府组成人员：区长、副区长和各工作部门主要负责人的任职起止，任一日期的组成可查')
}), stryMutAct_9fa48("2604") ? {} : (stryCov_9fa48("2604"), {
  id: stryMutAct_9fa48("2605") ? "" : (stryCov_9fa48("2605"), 'org.portfolio'),
  kind: stryMutAct_9fa48("2606") ? "" : (stryCov_9fa48("2606"), 'route'),
  cites: stryMutAct_9fa48("2607") ? [] : (stryCov_9fa48("2607"), [stryMutAct_9fa48("2608") ? {} : (stryCov_9fa48("2608"), {
    article: 9
  })]),
  effective: stryMutAct_9fa48("2609") ? {} : (stryCov_9fa48("2609"), {
    from: stryMutAct_9fa48("2610") ? "" : (stryCov_9fa48("2610"), '2022-01-31')
  }),
  summary: stryMutAct_9fa48("2611") ? "" : (stryCov_9fa48("2611"), '按日期记录副区长分管的单位与领域及"一岗双责"四个领域；分工调整自生效日起适用，历史保留')
}), stryMutAct_9fa48("2612") ? {} : (stryCov_9fa48("2612"), {
  id: stryMutAct_9fa48("2613") ? "" : (stryCov_9fa48("2613"), 'org.cover-pairs'),
  kind: stryMutAct_9fa48("2614") ? "" : (stryCov_9fa48("2614"), 'route'),
  cites: stryMutAct_9fa48("2615") ? [] : (stryCov_9fa48("2615"), [stryMutAct_9fa48("2616") ? {} : (stryCov_9fa48("2616"), {
    article: 62
  }), stryMutAct_9fa48("2617") ? {} : (stryCov_9fa48("2617"), {
    article: 9,
    clause: stryMutAct_9fa48("2618") ? "" : (stryCov_9fa48("2618"), '第二款')
  })]),
  effective: stryMutAct_9fa48("2619") ? {} : (stryCov_9fa48("2619"), {
    from: stryMutAct_9fa48("2620") ? "" : (stryCov_9fa48("2620"), '2022-01-31')
  }),
  summary: stryMutAct_9fa48("2621") ? "" : (stryCov_9fa48("2621"), '相对固定的互相补位领导按期间登记，同一期间一位领导只有一位补位领导')
})]);