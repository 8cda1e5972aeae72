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
import { businessRoles, type Role } from './roles.js';

/**
 * How much of an area's records a role sees: `all`; `own_unit` — what its unit filed, handles or must act
 * on; `self` — the user's own records. Each area's queries apply it; objects outside answer 404.
 */
export type DataScope = 'all' | 'own_unit' | 'self';

/** The office and the government's leaders see everything of an area; units see their own. */
const officeAndLeadersAll = stryMutAct_9fa48("1411") ? () => undefined : (stryCov_9fa48("1411"), (() => {
  const officeAndLeadersAll = (rest: DataScope): Partial<Record<Role, DataScope>> & {
    default: DataScope;
  } => stryMutAct_9fa48("1412") ? {} : (stryCov_9fa48("1412"), {
    office_staff: stryMutAct_9fa48("1413") ? "" : (stryCov_9fa48("1413"), 'all'),
    leader: stryMutAct_9fa48("1414") ? "" : (stryCov_9fa48("1414"), 'all'),
    default: rest
  });
  return officeAndLeadersAll;
})());

/**
 * Who may do what, as data. Every HTTP route names one of these actions (or `public`); the authorization
 * matrix test fails when a route names none. Data scope (own unit, portfolio, all) is applied by each
 * area's queries on top of this.
 */
export const policies = {
  /** Read the organisation: units, posts, leaders, portfolios, cover pairs. */
  'org.read': {
    roles: [...businessRoles, 'system_admin']
  },
  /** Change the organisation (the system administrator runs the structure). */
  'org.write': {
    roles: ['system_admin']
  },
  'org.export': {
    roles: ['system_admin', 'office_staff']
  },
  'org.import': {
    roles: ['system_admin']
  },
  /** See one's own 工作台. */
  'workbench.read': {
    roles: businessRoles
  },
  /** Browse the rulebook. */
  'rules.read': {
    roles: [...businessRoles, 'system_admin', 'security_admin', 'audit_admin']
  },
  /** See the working-day calendar and deadlines' explanations. */
  'calendar.read': {
    roles: [...businessRoles, 'system_admin']
  },
  /** Import a year's holiday notice. */
  'calendar.import': {
    roles: ['system_admin']
  },
  /** Read and export the audit trail. */
  'audit.read': {
    roles: ['audit_admin']
  },
  /** Leaders' whereabouts and leave reports (a unit head sees only their own). */
  'leave.read': {
    roles: ['office_staff', 'leader', 'unit_head'],
    scope: officeAndLeadersAll('self')
  },
  /** File, return from and cancel leave reports (one's own; the office on a leader's behalf). */
  'leave.report': {
    roles: ['office_staff', 'leader', 'unit_head']
  },
  /** Report, return from or cancel a leader's leave on their behalf (代报, 代为销假: the office). */
  'leave.report_for': {
    roles: ['office_staff']
  },
  /** Arrange another cover for a period (the 区长 alone, checked in the operation). */
  'cover.assign': {
    roles: ['leader']
  },
  /** Items waiting for leaders: the office logs them, leaders (or their covers) handle them. */
  'leader_items.read': {
    roles: ['office_staff', 'leader'],
    scope: {
      office_staff: 'all',
      default: 'self'
    }
  },
  'leader_items.create': {
    roles: ['office_staff']
  },
  'leader_items.handle': {
    roles: ['leader']
  },
  /** Invitations, department meeting requests and speech requests (each scoped: a unit its own, a leader theirs). */
  /** The office sees every invitation and request; a leader those addressed to them; a unit its own. */
  'events.read': {
    roles: ['office_staff', 'leader', 'unit_staff', 'unit_head'],
    scope: {
      office_staff: 'all',
      default: 'own_unit'
    }
  },
  /** Invite a government leader through the office (art. 90), and withdraw one's own invitation. */
  'events.invite': {
    roles: ['unit_staff', 'unit_head']
  },
  /** Ask to hold a department's system-wide meeting (art. 58), and withdraw the request. */
  'events.request_meeting': {
    roles: ['unit_staff', 'unit_head']
  },
  /** Ask the government's consent to a speech or article (art. 81): the leader, or the office for them. */
  'events.request_speech': {
    roles: ['leader', 'office_staff']
  },
  /** Ask it for a named leader (the office, on the leader's behalf). */
  'events.request_speech_for': {
    roles: ['office_staff']
  },
  /** Arrange or decline an invitation (art. 90 "由区政府办公室统一安排"). */
  'events.arrange': {
    roles: ['office_staff']
  },
  /** The office's own decisions on meeting requests (art. 58), and approvals given outside the platform (区委, art. 91) recorded with their document. */
  'events.approve': {
    roles: ['office_staff']
  },
  /** Decide as the 区政府 in one's own session: the 区长 (or the executive deputy presiding for him) approves (art. 58, 81, 91). */
  'events.decide': {
    roles: ['leader']
  },
  /** Incoming documents: everyone in the business reads within their scope (a unit sees its own). */
  'documents.read': {
    roles: businessRoles,
    scope: officeAndLeadersAll('own_unit')
  },
  'documents.submit': {
    roles: ['unit_staff', 'unit_head']
  },
  /** A related unit's principal head countersigns a cross-unit matter (art. 64). */
  'documents.countersign': {
    roles: ['unit_head']
  },
  /** The filing unit's principal head signs off a 请示 before it reaches the office (art. 64). */
  'documents.sign_off': {
    roles: ['unit_head']
  },
  /** The office's steps: 签收, 登记, 初审, 拟办, 批办, 转办, 归档, 延期, 催办. */
  'documents.office': {
    roles: ['office_staff']
  },
  'documents.instruct': {
    roles: ['leader']
  },
  /** The handling unit reports the result back. */
  'documents.handle': {
    roles: ['unit_staff', 'unit_head']
  },
  /** Meetings: the calendar, details, topics, minutes and decision items. */
  'meetings.read': {
    roles: businessRoles,
    scope: officeAndLeadersAll('own_unit')
  },
  /** The office arranges meetings, agendas and attendance, records decisions and drafts minutes. */
  'meetings.office': {
    roles: ['office_staff']
  },
  /** Units submit agenda topics; related units' heads countersign them. */
  'meetings.topic': {
    roles: ['unit_staff', 'unit_head']
  },
  /** A related unit's principal head countersigns an agenda topic (art. 52). */
  'meetings.countersign': {
    roles: ['unit_head']
  },
  /** Leaders review and decide agendas, approve exceptions, coordinate, approve and sign minutes (checked per article). */
  'meetings.lead': {
    roles: ['leader']
  },
  /** Follow-up tasks from decisions (the supervision area extends them). */
  'tasks.read': {
    roles: businessRoles,
    scope: officeAndLeadersAll('own_unit')
  },
  /** The lead unit reports a follow-up task done (art. 57). */
  'tasks.handle': {
    roles: ['unit_staff', 'unit_head']
  },
  /** Upload attachments and read those of records one may read. */
  'attachments.use': {
    roles: businessRoles
  },
  /** One's own session, password, second factor and sessions on other devices. */
  'session.self': {
    roles: [...businessRoles, 'system_admin', 'security_admin', 'audit_admin']
  },
  /** Accounts: open, disable, reset passwords (the system administrator; never roles). */
  'users.manage': {
    roles: ['system_admin']
  },
  /** Roles of accounts and the security policy (the security administrator; never passwords). */
  'security.manage': {
    roles: ['security_admin']
  }
} as const satisfies Record<string, {
  roles: readonly Role[];
  scope?: Partial<Record<Role, DataScope>> & {
    default: DataScope;
  };
}>;
export type Action = keyof typeof policies;

/** `public` routes need no session: login, health, the API description. */
export type RoutePolicy = Action | 'public';
export function can(userRoles: readonly string[], action: Action): boolean {
  if (stryMutAct_9fa48("1415")) {
    {}
  } else {
    stryCov_9fa48("1415");
    const allowed: readonly string[] = policies[action].roles;
    return stryMutAct_9fa48("1416") ? userRoles.every(r => allowed.includes(r)) : (stryCov_9fa48("1416"), userRoles.some(stryMutAct_9fa48("1417") ? () => undefined : (stryCov_9fa48("1417"), r => allowed.includes(r))));
  }
}
const breadth: Record<DataScope, number> = stryMutAct_9fa48("1418") ? {} : (stryCov_9fa48("1418"), {
  self: 0,
  own_unit: 1,
  all: 2
});

/** The widest data scope the user's roles give for an action (`all` where the policy sets none). */
export function scopeOf(userRoles: readonly string[], action: Action): DataScope {
  if (stryMutAct_9fa48("1419")) {
    {}
  } else {
    stryCov_9fa48("1419");
    const policy = policies[action];
    const scope: (Partial<Record<string, DataScope>> & {
      default: DataScope;
    }) | undefined = (stryMutAct_9fa48("1420") ? "" : (stryCov_9fa48("1420"), 'scope')) in policy ? policy.scope : undefined;
    if (stryMutAct_9fa48("1423") ? false : stryMutAct_9fa48("1422") ? true : stryMutAct_9fa48("1421") ? scope : (stryCov_9fa48("1421", "1422", "1423"), !scope)) return stryMutAct_9fa48("1424") ? "" : (stryCov_9fa48("1424"), 'all');
    const scopes = stryMutAct_9fa48("1425") ? userRoles.map(r => scope[r] ?? scope.default) : (stryCov_9fa48("1425"), userRoles.filter(stryMutAct_9fa48("1426") ? () => undefined : (stryCov_9fa48("1426"), r => can(stryMutAct_9fa48("1427") ? [] : (stryCov_9fa48("1427"), [r]), action))).map(stryMutAct_9fa48("1428") ? () => undefined : (stryCov_9fa48("1428"), r => stryMutAct_9fa48("1429") ? scope[r] && scope.default : (stryCov_9fa48("1429"), scope[r] ?? scope.default))));
    return scopes.reduce<DataScope>(stryMutAct_9fa48("1430") ? () => undefined : (stryCov_9fa48("1430"), (widest, s) => (stryMutAct_9fa48("1434") ? breadth[s] <= breadth[widest] : stryMutAct_9fa48("1433") ? breadth[s] >= breadth[widest] : stryMutAct_9fa48("1432") ? false : stryMutAct_9fa48("1431") ? true : (stryCov_9fa48("1431", "1432", "1433", "1434"), breadth[s] > breadth[widest])) ? s : widest), stryMutAct_9fa48("1435") ? "" : (stryCov_9fa48("1435"), 'self'));
  }
}

/** The web app's menu, each entry shown only to those who may take its action. */
const menu: readonly {
  key: string;
  action: Action;
}[] = stryMutAct_9fa48("1436") ? [] : (stryCov_9fa48("1436"), [stryMutAct_9fa48("1437") ? {} : (stryCov_9fa48("1437"), {
  key: stryMutAct_9fa48("1438") ? "" : (stryCov_9fa48("1438"), 'workbench'),
  action: stryMutAct_9fa48("1439") ? "" : (stryCov_9fa48("1439"), 'workbench.read')
}), stryMutAct_9fa48("1440") ? {} : (stryCov_9fa48("1440"), {
  key: stryMutAct_9fa48("1441") ? "" : (stryCov_9fa48("1441"), 'org'),
  action: stryMutAct_9fa48("1442") ? "" : (stryCov_9fa48("1442"), 'org.read')
}), stryMutAct_9fa48("1443") ? {} : (stryCov_9fa48("1443"), {
  key: stryMutAct_9fa48("1444") ? "" : (stryCov_9fa48("1444"), 'documents'),
  action: stryMutAct_9fa48("1445") ? "" : (stryCov_9fa48("1445"), 'documents.read')
}), stryMutAct_9fa48("1446") ? {} : (stryCov_9fa48("1446"), {
  key: stryMutAct_9fa48("1447") ? "" : (stryCov_9fa48("1447"), 'meetings'),
  action: stryMutAct_9fa48("1448") ? "" : (stryCov_9fa48("1448"), 'meetings.read')
}), stryMutAct_9fa48("1449") ? {} : (stryCov_9fa48("1449"), {
  key: stryMutAct_9fa48("1450") ? "" : (stryCov_9fa48("1450"), 'leave'),
  action: stryMutAct_9fa48("1451") ? "" : (stryCov_9fa48("1451"), 'leave.read')
}), stryMutAct_9fa48("1452") ? {} : (stryCov_9fa48("1452"), {
  key: stryMutAct_9fa48("1453") ? "" : (stryCov_9fa48("1453"), 'events'),
  action: stryMutAct_9fa48("1454") ? "" : (stryCov_9fa48("1454"), 'events.read')
}), stryMutAct_9fa48("1455") ? {} : (stryCov_9fa48("1455"), {
  key: stryMutAct_9fa48("1456") ? "" : (stryCov_9fa48("1456"), 'rules'),
  action: stryMutAct_9fa48("1457") ? "" : (stryCov_9fa48("1457"), 'rules.read')
}), stryMutAct_9fa48("1458") ? {} : (stryCov_9fa48("1458"), {
  key: stryMutAct_9fa48("1459") ? "" : (stryCov_9fa48("1459"), 'calendar'),
  action: stryMutAct_9fa48("1460") ? "" : (stryCov_9fa48("1460"), 'calendar.read')
}), stryMutAct_9fa48("1461") ? {} : (stryCov_9fa48("1461"), {
  key: stryMutAct_9fa48("1462") ? "" : (stryCov_9fa48("1462"), 'audit'),
  action: stryMutAct_9fa48("1463") ? "" : (stryCov_9fa48("1463"), 'audit.read')
}), stryMutAct_9fa48("1464") ? {} : (stryCov_9fa48("1464"), {
  key: stryMutAct_9fa48("1465") ? "" : (stryCov_9fa48("1465"), 'users'),
  action: stryMutAct_9fa48("1466") ? "" : (stryCov_9fa48("1466"), 'users.manage')
}), stryMutAct_9fa48("1467") ? {} : (stryCov_9fa48("1467"), {
  key: stryMutAct_9fa48("1468") ? "" : (stryCov_9fa48("1468"), 'security'),
  action: stryMutAct_9fa48("1469") ? "" : (stryCov_9fa48("1469"), 'security.manage')
}), stryMutAct_9fa48("1470") ? {} : (stryCov_9fa48("1470"), {
  key: stryMutAct_9fa48("1471") ? "" : (stryCov_9fa48("1471"), 'account'),
  action: stryMutAct_9fa48("1472") ? "" : (stryCov_9fa48("1472"), 'session.self')
}), stryMutAct_9fa48("1473") ? {} : (stryCov_9fa48("1473"), {
  key: stryMutAct_9fa48("1474") ? "" : (stryCov_9fa48("1474"), 'docs'),
  action: stryMutAct_9fa48("1475") ? "" : (stryCov_9fa48("1475"), 'rules.read')
})]);

/**
 * Every policy action the user's roles hold: what the web app reads to show a page's tools (报送公文, 催办清单 …)
 * instead of deriving permissions from role names.
 */
export function actionsOf(userRoles: readonly string[]): Action[] {
  if (stryMutAct_9fa48("1476")) {
    {}
  } else {
    stryCov_9fa48("1476");
    return stryMutAct_9fa48("1477") ? Object.keys(policies) as Action[] : (stryCov_9fa48("1477"), (Object.keys(policies) as Action[]).filter(stryMutAct_9fa48("1478") ? () => undefined : (stryCov_9fa48("1478"), a => can(userRoles, a))));
  }
}
export function menuFor(userRoles: readonly string[]): string[] {
  if (stryMutAct_9fa48("1479")) {
    {}
  } else {
    stryCov_9fa48("1479");
    return stryMutAct_9fa48("1480") ? menu.map(m => m.key) : (stryCov_9fa48("1480"), menu.filter(stryMutAct_9fa48("1481") ? () => undefined : (stryCov_9fa48("1481"), m => can(userRoles, m.action))).map(stryMutAct_9fa48("1482") ? () => undefined : (stryCov_9fa48("1482"), m => m.key)));
  }
}