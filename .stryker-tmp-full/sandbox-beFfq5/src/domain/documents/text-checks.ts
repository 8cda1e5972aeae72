/**
 * Signs in a document's text that it asks for approval. A 报告 must not carry a request (art. 64); the office
 * is alerted, not the submitter refused, because the wording alone cannot decide it.
 */
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
const askPatterns = stryMutAct_9fa48("757") ? [] : (stryCov_9fa48("757"), [/妥否/g, /请批准/g, /请批示/g, /请予批复/g, /请审批/g, /请予审批/g, /请研究同意/g, /请予支持/g, stryMutAct_9fa48("758") ? /恳请.(批准|同意|支持|解决)/g : (stryCov_9fa48("758"), /恳请.{0,10}(批准|同意|支持|解决)/g), /特此请示/g]);
export function approvalAsks(text: string): string[] {
  if (stryMutAct_9fa48("759")) {
    {}
  } else {
    stryCov_9fa48("759");
    return askPatterns.flatMap(stryMutAct_9fa48("760") ? () => undefined : (stryCov_9fa48("760"), re => stryMutAct_9fa48("761") ? text.match(re) && [] : (stryCov_9fa48("761"), text.match(re) ?? (stryMutAct_9fa48("762") ? ["Stryker was here"] : (stryCov_9fa48("762"), [])))));
  }
}

/** Separate asks in a 请示: numbered items that each ask for something suggest more than one matter. */
export function separateAsks(text: string): number {
  if (stryMutAct_9fa48("763")) {
    {}
  } else {
    stryCov_9fa48("763");
    const numbered = stryMutAct_9fa48("764") ? text.match(/(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g) && [] : (stryCov_9fa48("764"), text.match(stryMutAct_9fa48("777") ? /(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])[\n。]*?(?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("776") ? /(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])[^\n。](?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("775") ? /(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[^.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("774") ? /(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\D+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("773") ? /(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("772") ? /(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]+、|（[^一二三四五六七八九十]+）|\d+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("771") ? /(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]）|\d+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("770") ? /(?:^|[\n。；;])\s*(?:[^一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("769") ? /(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]、|（[一二三四五六七八九十]+）|\d+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("768") ? /(?:^|[\n。；;])\S*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("767") ? /(?:^|[\n。；;])\s(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("766") ? /(?:^|[^\n。；;])\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g : stryMutAct_9fa48("765") ? /(?:[\n。；;])\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g : (stryCov_9fa48("765", "766", "767", "768", "769", "770", "771", "772", "773", "774", "775", "776", "777"), /(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g)) ?? (stryMutAct_9fa48("778") ? ["Stryker was here"] : (stryCov_9fa48("778"), [])));
    return numbered.length;
  }
}