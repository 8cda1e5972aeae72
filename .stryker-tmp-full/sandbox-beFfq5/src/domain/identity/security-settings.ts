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
import { z } from 'zod';
import { defaultTotpRequiredRoles, type Role, roleLabels, roles } from './roles.js';

/**
 * The security policy the security administrator sets (等保 8.1.4.1, 8.1.4.2e). Defaults come from the
 * configuration, whose own defaults are the 等保 level-3 profile.
 */
export type SecuritySettings = {
  passwordMinLength: number;
  passwordMinClasses: number;
  passwordExpiryDays: number;
  passwordHistory: number;
  lockoutAttempts: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Roles whose accounts must bind and use a TOTP second factor (等保 8.1.4.1d). */
  totpRequiredRoles: Role[];
};
type NumericSetting = Exclude<keyof SecuritySettings, 'totpRequiredRoles'>;
export const securitySettingsSchema = z.object(stryMutAct_9fa48("1536") ? {} : (stryCov_9fa48("1536"), {
  passwordMinLength: stryMutAct_9fa48("1538") ? z.number().int().max(6, '密码最小长度不少于6位').max(64) : stryMutAct_9fa48("1537") ? z.number().int().min(6, '密码最小长度不少于6位').min(64) : (stryCov_9fa48("1537", "1538"), z.number().int().min(6, stryMutAct_9fa48("1539") ? "" : (stryCov_9fa48("1539"), '密码最小长度不少于6位')).max(64)),
  passwordMinClasses: stryMutAct_9fa48("1541") ? z.number().int().max(1).max(4) : stryMutAct_9fa48("1540") ? z.number().int().min(1).min(4) : (stryCov_9fa48("1540", "1541"), z.number().int().min(1).max(4)),
  passwordExpiryDays: stryMutAct_9fa48("1543") ? z.number().int().max(1).max(3650) : stryMutAct_9fa48("1542") ? z.number().int().min(1).min(3650) : (stryCov_9fa48("1542", "1543"), z.number().int().min(1).max(3650)),
  passwordHistory: stryMutAct_9fa48("1545") ? z.number().int().max(0).max(24) : stryMutAct_9fa48("1544") ? z.number().int().min(0).min(24) : (stryCov_9fa48("1544", "1545"), z.number().int().min(0).max(24)),
  lockoutAttempts: stryMutAct_9fa48("1547") ? z.number().int().max(1).max(100) : stryMutAct_9fa48("1546") ? z.number().int().min(1).min(100) : (stryCov_9fa48("1546", "1547"), z.number().int().min(1).max(100)),
  lockoutMinutes: stryMutAct_9fa48("1549") ? z.number().int().max(1).max(1440) : stryMutAct_9fa48("1548") ? z.number().int().min(1).min(1440) : (stryCov_9fa48("1548", "1549"), z.number().int().min(1).max(1440)),
  sessionIdleMinutes: stryMutAct_9fa48("1551") ? z.number().int().max(1).max(24 * 60) : stryMutAct_9fa48("1550") ? z.number().int().min(1).min(24 * 60) : (stryCov_9fa48("1550", "1551"), z.number().int().min(1).max(stryMutAct_9fa48("1552") ? 24 / 60 : (stryCov_9fa48("1552"), 24 * 60))),
  sessionAbsoluteHours: stryMutAct_9fa48("1554") ? z.number().int().max(1).max(72) : stryMutAct_9fa48("1553") ? z.number().int().min(1).min(72) : (stryCov_9fa48("1553", "1554"), z.number().int().min(1).max(72)),
  // A client that predates the setting keeps the default rather than dropping every requirement.
  totpRequiredRoles: stryMutAct_9fa48("1555") ? z.array(z.enum(roles, {
    error: '角色无效'
  })).min(roles.length).default([...defaultTotpRequiredRoles]) : (stryCov_9fa48("1555"), z.array(z.enum(roles, stryMutAct_9fa48("1556") ? {} : (stryCov_9fa48("1556"), {
    error: stryMutAct_9fa48("1557") ? "" : (stryCov_9fa48("1557"), '角色无效')
  }))).max(roles.length).default(stryMutAct_9fa48("1558") ? [] : (stryCov_9fa48("1558"), [...defaultTotpRequiredRoles])))
}));

/** The 等保 2.0 level-3 profile the defaults follow; a setting looser than this is reported as a deviation. */
const profile: Record<NumericSetting, {
  limit: number;
  stricter: 'higher' | 'lower';
  label: string;
}> = stryMutAct_9fa48("1559") ? {} : (stryCov_9fa48("1559"), {
  passwordMinLength: stryMutAct_9fa48("1560") ? {} : (stryCov_9fa48("1560"), {
    limit: 8,
    stricter: stryMutAct_9fa48("1561") ? "" : (stryCov_9fa48("1561"), 'higher'),
    label: stryMutAct_9fa48("1562") ? "" : (stryCov_9fa48("1562"), '密码最小长度不少于8位')
  }),
  passwordMinClasses: stryMutAct_9fa48("1563") ? {} : (stryCov_9fa48("1563"), {
    limit: 3,
    stricter: stryMutAct_9fa48("1564") ? "" : (stryCov_9fa48("1564"), 'higher'),
    label: stryMutAct_9fa48("1565") ? "" : (stryCov_9fa48("1565"), '密码至少包含3类字符')
  }),
  passwordExpiryDays: stryMutAct_9fa48("1566") ? {} : (stryCov_9fa48("1566"), {
    limit: 90,
    stricter: stryMutAct_9fa48("1567") ? "" : (stryCov_9fa48("1567"), 'lower'),
    label: stryMutAct_9fa48("1568") ? "" : (stryCov_9fa48("1568"), '密码有效期不超过90天')
  }),
  passwordHistory: stryMutAct_9fa48("1569") ? {} : (stryCov_9fa48("1569"), {
    limit: 5,
    stricter: stryMutAct_9fa48("1570") ? "" : (stryCov_9fa48("1570"), 'higher'),
    label: stryMutAct_9fa48("1571") ? "" : (stryCov_9fa48("1571"), '不得重复使用最近5次密码')
  }),
  lockoutAttempts: stryMutAct_9fa48("1572") ? {} : (stryCov_9fa48("1572"), {
    limit: 5,
    stricter: stryMutAct_9fa48("1573") ? "" : (stryCov_9fa48("1573"), 'lower'),
    label: stryMutAct_9fa48("1574") ? "" : (stryCov_9fa48("1574"), '连续失败不超过5次即锁定')
  }),
  lockoutMinutes: stryMutAct_9fa48("1575") ? {} : (stryCov_9fa48("1575"), {
    limit: 5,
    stricter: stryMutAct_9fa48("1576") ? "" : (stryCov_9fa48("1576"), 'higher'),
    label: stryMutAct_9fa48("1577") ? "" : (stryCov_9fa48("1577"), '锁定时间不少于5分钟')
  }),
  sessionIdleMinutes: stryMutAct_9fa48("1578") ? {} : (stryCov_9fa48("1578"), {
    limit: 30,
    stricter: stryMutAct_9fa48("1579") ? "" : (stryCov_9fa48("1579"), 'lower'),
    label: stryMutAct_9fa48("1580") ? "" : (stryCov_9fa48("1580"), '会话空闲超时不超过30分钟')
  }),
  sessionAbsoluteHours: stryMutAct_9fa48("1581") ? {} : (stryCov_9fa48("1581"), {
    limit: 12,
    stricter: stryMutAct_9fa48("1582") ? "" : (stryCov_9fa48("1582"), 'lower'),
    label: stryMutAct_9fa48("1583") ? "" : (stryCov_9fa48("1583"), '会话最长不超过12小时')
  })
});

/** Where the settings are looser than the 等保 level-3 profile, in Chinese, so the deviation is visible. */
export function profileDeviations(s: SecuritySettings): string[] {
  if (stryMutAct_9fa48("1584")) {
    {}
  } else {
    stryCov_9fa48("1584");
    const numeric = stryMutAct_9fa48("1585") ? (Object.keys(profile) as NumericSetting[]).map(k => `${profile[k].label}（当前为 ${s[k]}）`) : (stryCov_9fa48("1585"), (Object.keys(profile) as NumericSetting[]).filter(stryMutAct_9fa48("1586") ? () => undefined : (stryCov_9fa48("1586"), k => (stryMutAct_9fa48("1589") ? profile[k].stricter !== 'higher' : stryMutAct_9fa48("1588") ? false : stryMutAct_9fa48("1587") ? true : (stryCov_9fa48("1587", "1588", "1589"), profile[k].stricter === (stryMutAct_9fa48("1590") ? "" : (stryCov_9fa48("1590"), 'higher')))) ? stryMutAct_9fa48("1594") ? s[k] >= profile[k].limit : stryMutAct_9fa48("1593") ? s[k] <= profile[k].limit : stryMutAct_9fa48("1592") ? false : stryMutAct_9fa48("1591") ? true : (stryCov_9fa48("1591", "1592", "1593", "1594"), s[k] < profile[k].limit) : stryMutAct_9fa48("1598") ? s[k] <= profile[k].limit : stryMutAct_9fa48("1597") ? s[k] >= profile[k].limit : stryMutAct_9fa48("1596") ? false : stryMutAct_9fa48("1595") ? true : (stryCov_9fa48("1595", "1596", "1597", "1598"), s[k] > profile[k].limit))).map(stryMutAct_9fa48("1599") ? () => undefined : (stryCov_9fa48("1599"), k => stryMutAct_9fa48("1600") ? `` : (stryCov_9fa48("1600"), `${profile[k].label}（当前为 ${s[k]}）`))));
    const exempted = stryMutAct_9fa48("1601") ? defaultTotpRequiredRoles : (stryCov_9fa48("1601"), defaultTotpRequiredRoles.filter(stryMutAct_9fa48("1602") ? () => undefined : (stryCov_9fa48("1602"), r => stryMutAct_9fa48("1603") ? s.totpRequiredRoles.includes(r) : (stryCov_9fa48("1603"), !s.totpRequiredRoles.includes(r)))));
    return (stryMutAct_9fa48("1607") ? exempted.length <= 0 : stryMutAct_9fa48("1606") ? exempted.length >= 0 : stryMutAct_9fa48("1605") ? false : stryMutAct_9fa48("1604") ? true : (stryCov_9fa48("1604", "1605", "1606", "1607"), exempted.length > 0)) ? stryMutAct_9fa48("1608") ? [] : (stryCov_9fa48("1608"), [...numeric, stryMutAct_9fa48("1609") ? `` : (stryCov_9fa48("1609"), `三员与区政府领导须使用动态口令（当前不要求：${exempted.map(stryMutAct_9fa48("1610") ? () => undefined : (stryCov_9fa48("1610"), r => roleLabels[r])).join(stryMutAct_9fa48("1611") ? "" : (stryCov_9fa48("1611"), '、'))}）`)]) : numeric;
  }
}

/** Whether an account with these roles must use a second factor under the settings. */
export function isTotpRequired(settings: Pick<SecuritySettings, 'totpRequiredRoles'>, userRoles: readonly string[]): boolean {
  if (stryMutAct_9fa48("1612")) {
    {}
  } else {
    stryCov_9fa48("1612");
    return stryMutAct_9fa48("1613") ? userRoles.every(r => (settings.totpRequiredRoles as readonly string[]).includes(r)) : (stryCov_9fa48("1613"), userRoles.some(stryMutAct_9fa48("1614") ? () => undefined : (stryCov_9fa48("1614"), r => (settings.totpRequiredRoles as readonly string[]).includes(r))));
  }
}