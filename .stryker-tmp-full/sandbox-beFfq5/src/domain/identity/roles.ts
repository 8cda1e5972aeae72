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
export const roles = ['office_staff', 'leader', 'unit_staff', 'unit_head', 'legal_reviewer', 'system_admin', 'security_admin', 'audit_admin'] as const;
export type Role = (typeof roles)[number];
export const roleLabels: Record<Role, string> = stryMutAct_9fa48("1483") ? {} : (stryCov_9fa48("1483"), {
  office_staff: stryMutAct_9fa48("1484") ? "" : (stryCov_9fa48("1484"), '办公室工作人员'),
  leader: stryMutAct_9fa48("1485") ? "" : (stryCov_9fa48("1485"), '区政府领导'),
  unit_staff: stryMutAct_9fa48("1486") ? "" : (stryCov_9fa48("1486"), '单位经办人员'),
  unit_head: stryMutAct_9fa48("1487") ? "" : (stryCov_9fa48("1487"), '单位主要负责人'),
  legal_reviewer: stryMutAct_9fa48("1488") ? "" : (stryCov_9fa48("1488"), '合法性审查人员'),
  system_admin: stryMutAct_9fa48("1489") ? "" : (stryCov_9fa48("1489"), '系统管理员'),
  security_admin: stryMutAct_9fa48("1490") ? "" : (stryCov_9fa48("1490"), '安全管理员'),
  audit_admin: stryMutAct_9fa48("1491") ? "" : (stryCov_9fa48("1491"), '审计管理员')
});

/** The three separated administrators (三员分立): no account may hold two of them. */
export const administratorRoles: readonly Role[] = stryMutAct_9fa48("1492") ? [] : (stryCov_9fa48("1492"), [stryMutAct_9fa48("1493") ? "" : (stryCov_9fa48("1493"), 'system_admin'), stryMutAct_9fa48("1494") ? "" : (stryCov_9fa48("1494"), 'security_admin'), stryMutAct_9fa48("1495") ? "" : (stryCov_9fa48("1495"), 'audit_admin')]);

/** Roles that do the government's business (as opposed to running the system). */
export const businessRoles: readonly Role[] = stryMutAct_9fa48("1496") ? [] : (stryCov_9fa48("1496"), [stryMutAct_9fa48("1497") ? "" : (stryCov_9fa48("1497"), 'office_staff'), stryMutAct_9fa48("1498") ? "" : (stryCov_9fa48("1498"), 'leader'), stryMutAct_9fa48("1499") ? "" : (stryCov_9fa48("1499"), 'unit_staff'), stryMutAct_9fa48("1500") ? "" : (stryCov_9fa48("1500"), 'unit_head'), stryMutAct_9fa48("1501") ? "" : (stryCov_9fa48("1501"), 'legal_reviewer')]);
export function isRole(value: string): value is Role {
  if (stryMutAct_9fa48("1502")) {
    {}
  } else {
    stryCov_9fa48("1502");
    return (roles as readonly string[]).includes(value);
  }
}

/**
 * Roles whose accounts must sign in with a second factor unless the security administrator decides otherwise
 * (等保 8.1.4.1d asks two factors of a level-3 system's users): the three administrators, and the leaders, whose
 * accounts decide and sign for the government.
 */
export const defaultTotpRequiredRoles: readonly Role[] = stryMutAct_9fa48("1503") ? [] : (stryCov_9fa48("1503"), [stryMutAct_9fa48("1504") ? "" : (stryCov_9fa48("1504"), 'system_admin'), stryMutAct_9fa48("1505") ? "" : (stryCov_9fa48("1505"), 'security_admin'), stryMutAct_9fa48("1506") ? "" : (stryCov_9fa48("1506"), 'audit_admin'), stryMutAct_9fa48("1507") ? "" : (stryCov_9fa48("1507"), 'leader')]);

/**
 * Refuses a role set that joins two administrator roles (等保 8.1.4.2d, 8.1.5), or joins the audit administrator
 * with any other role: whoever reviews the record must not also make it.
 */
export function roleSetProblem(set: readonly Role[]): string | undefined {
  if (stryMutAct_9fa48("1508")) {
    {}
  } else {
    stryCov_9fa48("1508");
    const distinct = stryMutAct_9fa48("1509") ? [] : (stryCov_9fa48("1509"), [...new Set(set)]);
    const admins = stryMutAct_9fa48("1510") ? distinct : (stryCov_9fa48("1510"), distinct.filter(stryMutAct_9fa48("1511") ? () => undefined : (stryCov_9fa48("1511"), r => administratorRoles.includes(r))));
    if (stryMutAct_9fa48("1515") ? admins.length <= 1 : stryMutAct_9fa48("1514") ? admins.length >= 1 : stryMutAct_9fa48("1513") ? false : stryMutAct_9fa48("1512") ? true : (stryCov_9fa48("1512", "1513", "1514", "1515"), admins.length > 1)) return stryMutAct_9fa48("1516") ? `` : (stryCov_9fa48("1516"), `三员分立：同一账号不能同时担任${admins.map(stryMutAct_9fa48("1517") ? () => undefined : (stryCov_9fa48("1517"), r => roleLabels[r])).join(stryMutAct_9fa48("1518") ? "" : (stryCov_9fa48("1518"), '与'))}`);
    if (stryMutAct_9fa48("1521") ? distinct.includes('audit_admin') || distinct.length > 1 : stryMutAct_9fa48("1520") ? false : stryMutAct_9fa48("1519") ? true : (stryCov_9fa48("1519", "1520", "1521"), distinct.includes(stryMutAct_9fa48("1522") ? "" : (stryCov_9fa48("1522"), 'audit_admin')) && (stryMutAct_9fa48("1525") ? distinct.length <= 1 : stryMutAct_9fa48("1524") ? distinct.length >= 1 : stryMutAct_9fa48("1523") ? true : (stryCov_9fa48("1523", "1524", "1525"), distinct.length > 1)))) {
      if (stryMutAct_9fa48("1526")) {
        {}
      } else {
        stryCov_9fa48("1526");
        return stryMutAct_9fa48("1527") ? `` : (stryCov_9fa48("1527"), `三员分立：审计管理员不能兼任其他角色（${stryMutAct_9fa48("1528") ? distinct.map(r => roleLabels[r]).join('、') : (stryCov_9fa48("1528"), distinct.filter(stryMutAct_9fa48("1529") ? () => undefined : (stryCov_9fa48("1529"), r => stryMutAct_9fa48("1532") ? r === 'audit_admin' : stryMutAct_9fa48("1531") ? false : stryMutAct_9fa48("1530") ? true : (stryCov_9fa48("1530", "1531", "1532"), r !== (stryMutAct_9fa48("1533") ? "" : (stryCov_9fa48("1533"), 'audit_admin'))))).map(stryMutAct_9fa48("1534") ? () => undefined : (stryCov_9fa48("1534"), r => roleLabels[r])).join(stryMutAct_9fa48("1535") ? "" : (stryCov_9fa48("1535"), '、')))}）`);
      }
    }
    return undefined;
  }
}