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
import type { SecuritySettings } from './security-settings.js';

/**
 * Problems with a new password under the security policy (等保 8.1.4.1a), in Chinese; empty when it is
 * acceptable. Reuse of earlier passwords is checked where the hashes are stored.
 */
export function passwordProblems(password: string, loginName: string, policy: Pick<SecuritySettings, 'passwordMinLength' | 'passwordMinClasses'>): string[] {
  if (stryMutAct_9fa48("1374")) {
    {}
  } else {
    stryCov_9fa48("1374");
    const problems: string[] = stryMutAct_9fa48("1375") ? ["Stryker was here"] : (stryCov_9fa48("1375"), []);
    if (stryMutAct_9fa48("1379") ? password.length >= policy.passwordMinLength : stryMutAct_9fa48("1378") ? password.length <= policy.passwordMinLength : stryMutAct_9fa48("1377") ? false : stryMutAct_9fa48("1376") ? true : (stryCov_9fa48("1376", "1377", "1378", "1379"), password.length < policy.passwordMinLength)) problems.push(stryMutAct_9fa48("1380") ? `` : (stryCov_9fa48("1380"), `密码长度不少于${policy.passwordMinLength}位`));
    if (stryMutAct_9fa48("1384") ? password.length <= 128 : stryMutAct_9fa48("1383") ? password.length >= 128 : stryMutAct_9fa48("1382") ? false : stryMutAct_9fa48("1381") ? true : (stryCov_9fa48("1381", "1382", "1383", "1384"), password.length > 128)) problems.push(stryMutAct_9fa48("1385") ? "" : (stryCov_9fa48("1385"), '密码长度不超过128位'));
    const classes = stryMutAct_9fa48("1386") ? [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].length : (stryCov_9fa48("1386"), (stryMutAct_9fa48("1387") ? [] : (stryCov_9fa48("1387"), [stryMutAct_9fa48("1388") ? /[^a-z]/ : (stryCov_9fa48("1388"), /[a-z]/), stryMutAct_9fa48("1389") ? /[^A-Z]/ : (stryCov_9fa48("1389"), /[A-Z]/), stryMutAct_9fa48("1390") ? /[^0-9]/ : (stryCov_9fa48("1390"), /[0-9]/), stryMutAct_9fa48("1391") ? /[A-Za-z0-9]/ : (stryCov_9fa48("1391"), /[^A-Za-z0-9]/)])).filter(stryMutAct_9fa48("1392") ? () => undefined : (stryCov_9fa48("1392"), re => re.test(password))).length);
    if (stryMutAct_9fa48("1396") ? classes >= policy.passwordMinClasses : stryMutAct_9fa48("1395") ? classes <= policy.passwordMinClasses : stryMutAct_9fa48("1394") ? false : stryMutAct_9fa48("1393") ? true : (stryCov_9fa48("1393", "1394", "1395", "1396"), classes < policy.passwordMinClasses)) problems.push(stryMutAct_9fa48("1397") ? `` : (stryCov_9fa48("1397"), `密码须包含大写字母、小写字母、数字、特殊字符中的至少${policy.passwordMinClasses}类`));
    if (stryMutAct_9fa48("1400") ? loginName || password.toLowerCase().includes(loginName.toLowerCase()) : stryMutAct_9fa48("1399") ? false : stryMutAct_9fa48("1398") ? true : (stryCov_9fa48("1398", "1399", "1400"), loginName && (stryMutAct_9fa48("1401") ? password.toUpperCase().includes(loginName.toLowerCase()) : (stryCov_9fa48("1401"), password.toLowerCase().includes(stryMutAct_9fa48("1402") ? loginName.toUpperCase() : (stryCov_9fa48("1402"), loginName.toLowerCase())))))) problems.push(stryMutAct_9fa48("1403") ? "" : (stryCov_9fa48("1403"), '密码不能包含登录名'));
    return problems;
  }
}

/** Whether a password set at `changedAt` has expired by `now`. */
export function isPasswordExpired(changedAt: string, now: Date, expiryDays: number): boolean {
  if (stryMutAct_9fa48("1404")) {
    {}
  } else {
    stryCov_9fa48("1404");
    return stryMutAct_9fa48("1408") ? now.getTime() - new Date(changedAt).getTime() <= expiryDays * 86_400_000 : stryMutAct_9fa48("1407") ? now.getTime() - new Date(changedAt).getTime() >= expiryDays * 86_400_000 : stryMutAct_9fa48("1406") ? false : stryMutAct_9fa48("1405") ? true : (stryCov_9fa48("1405", "1406", "1407", "1408"), (stryMutAct_9fa48("1409") ? now.getTime() + new Date(changedAt).getTime() : (stryCov_9fa48("1409"), now.getTime() - new Date(changedAt).getTime())) > (stryMutAct_9fa48("1410") ? expiryDays / 86_400_000 : (stryCov_9fa48("1410"), expiryDays * 86_400_000)));
  }
}