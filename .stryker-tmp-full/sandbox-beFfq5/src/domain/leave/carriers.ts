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

/** What the leave and cover area carries besides its rules (`leaveRules`, registered as they are). */
export const leaveCarriers: readonly Omit<Carrier, 'area'>[] = stryMutAct_9fa48("1615") ? [] : (stryCov_9fa48("1615"), [stryMutAct_9fa48("1616") ? {} : (stryCov_9fa48("1616"), {
  id: stryMutAct_9fa48("1617") ? "" : (stryCov_9fa48("1617"), 'leave.recipients'),
  kind: stryMutAct_9fa48("1618") ? "" : (stryCov_9fa48("1618"), 'record'),
  cites: stryMutAct_9fa48("1619") ? [] : (stryCov_9fa48("1619"), [stryMutAct_9fa48("1620") ? {} : (stryCov_9fa48("1620"), {
    article: 82
  })]),
  effective: stryMutAct_9fa48("1621") ? {} : (stryCov_9fa48("1621"), {
    from: stryMutAct_9fa48("1622") ? "" : (stryCov_9fa48("1622"), '2022-01-31')
  }),
  summary: stryMutAct_9fa48("1623") ? "" : (stryCov_9fa48("1623"), '请假报告记载行止日期、地点、事由、代为主持工作的负责人，并以区委书记、区长为收件人留存')
}), stryMutAct_9fa48("1624") ? {} : (stryCov_9fa48("1624"), {
  id: stryMutAct_9fa48("1625") ? "" : (stryCov_9fa48("1625"), 'cover.route-urgent-items'),
  kind: stryMutAct_9fa48("1626") ? "" : (stryCov_9fa48("1626"), 'route'),
  cites: stryMutAct_9fa48("1627") ? [] : (stryCov_9fa48("1627"), [stryMutAct_9fa48("1628") ? {} : (stryCov_9fa48("1628"), {
    article: 62
  })]),
  effective: stryMutAct_9fa48("1629") ? {} : (stryCov_9fa48("1629"), {
    from: stryMutAct_9fa48("1630") ? "" : (stryCov_9fa48("1630"), '2022-01-31')
  }),
  summary: stryMutAct_9fa48("1631") ? "" : (stryCov_9fa48("1631"), '领导外出期间，其临时性、紧急性事项进入补位领导的工作台，补位领导的办理记为代其处理')
}), stryMutAct_9fa48("1632") ? {} : (stryCov_9fa48("1632"), {
  id: stryMutAct_9fa48("1633") ? "" : (stryCov_9fa48("1633"), 'cover.head-assigns'),
  kind: stryMutAct_9fa48("1634") ? "" : (stryCov_9fa48("1634"), 'route'),
  cites: stryMutAct_9fa48("1635") ? [] : (stryCov_9fa48("1635"), [stryMutAct_9fa48("1636") ? {} : (stryCov_9fa48("1636"), {
    article: 63
  })]),
  effective: stryMutAct_9fa48("1637") ? {} : (stryCov_9fa48("1637"), {
    from: stryMutAct_9fa48("1638") ? "" : (stryCov_9fa48("1638"), '2022-01-31')
  }),
  summary: stryMutAct_9fa48("1639") ? "" : (stryCov_9fa48("1639"), '特殊情况下由区长另行安排补位领导，分工调整后补位按新分工自动衔接')
}), stryMutAct_9fa48("1640") ? {} : (stryCov_9fa48("1640"), {
  id: stryMutAct_9fa48("1641") ? "" : (stryCov_9fa48("1641"), 'leave.acting-head'),
  kind: stryMutAct_9fa48("1642") ? "" : (stryCov_9fa48("1642"), 'route'),
  cites: stryMutAct_9fa48("1643") ? [] : (stryCov_9fa48("1643"), [stryMutAct_9fa48("1644") ? {} : (stryCov_9fa48("1644"), {
    article: 7
  })]),
  effective: stryMutAct_9fa48("1645") ? {} : (stryCov_9fa48("1645"), {
    from: stryMutAct_9fa48("1646") ? "" : (stryCov_9fa48("1646"), '2022-01-31')
  }),
  summary: stryMutAct_9fa48("1647") ? "" : (stryCov_9fa48("1647"), '区长外出期间由常务副区长主持区政府全面工作，区长的紧急事项转常务副区长')
})]);