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
import { DomainError } from './errors.js';
import { can, type Action } from './identity/policies.js';
import type { LocalDate } from '../rules/types.js';

/**
 * The kernel every area is built on: a kind of case (an incoming document, a meeting, a leave report …) is
 * declared once — its states, and for each action the states it starts from, the state it leads to, who may
 * take it, the rules it checks, the clock it starts, its audit act. The same declaration drives
 * - the operation (`authorize` refuses what the declaration does not allow: 409 when the case has moved on,
 *   403 when the caller may not take the action),
 * - the `actions` every object is returned with (`actionsFor`),
 * - the 工作台 (`isWorkItem`: an item is there exactly when the user has an action on it), and
 * - the timeline (each entry is labelled with the action's `label`).
 * A newcomer reads one declaration to know an area.
 */

/**
 * Who is looking or acting, as every declaration sees them. `standsInFor` lists the people whose work this
 * viewer takes today: the leaders they cover while those are away (art. 62, 63), and the head while the
 * executive deputy presides (art. 7).
 */
export type Viewer = {
  userId: string;
  personId: string | null;
  unitId: string | null;
  roles: readonly string[];
  today: LocalDate;
  /** For each person this viewer stands in for: why (cover, assignment by the head, or presiding for the head). */
  standsInFor: readonly StandIn[];
};
export type StandIn = {
  personId: string;
  name: string;
  basis: 'pair' | 'assignment' | 'acting_head';
  isUrgentOnly: boolean;
};

/**
 * How the viewer stands to a case for one action: in their own right, or for an absent person (recorded as
 * acting-for on the timeline and in the audit trail). `false` means not at all.
 */
export type Standing = {
  actingFor: {
    personId: string;
    name: string;
  } | null;
} | false;
export const own: Standing = stryMutAct_9fa48("161") ? {} : (stryCov_9fa48("161"), {
  actingFor: null
});

/**
 * A relation of a viewer to a case (the unit that filed it, the leader it is assigned to, the chair …). It
 * answers the viewer's standing; `personal` helps write the common "this person, or whoever stands in for
 * them" relation.
 */
export type Relation<C> = (c: C, viewer: Viewer) => Standing;

/**
 * One action of a kind of case. `from` lists the states it may start from; `to` the state it leads to
 * (the same state for actions that change data without moving the case, e.g. 催办). `policy` names the
 * policy-table action the role must hold, and `relation`, when set, the relation the viewer must have.
 */
export type ActionSpec<S extends string, C> = {
  /** Chinese, as the timeline and buttons say it: 签收, 批示, 审定. */
  label: string;
  from: readonly S[];
  /** The state it leads to; a function when the case and actor decide it (the last 会签 sends it on, earlier ones keep it). */
  to: S | ((c: C, viewer: Viewer) => S);
  policy: Action;
  relation?: Relation<C>;
  /** A condition on the case itself beyond its state (a 请示 cannot be archived before it is handled …). */
  when?: (c: C, viewer: Viewer) => boolean;
  /** The articles the action carries, first the main one. */
  articles: readonly number[];
  /** Ids of the rules the operation runs for this action (each registered in the rules registry). */
  rules?: readonly string[];
  /** The step clock the action starts for the state it leads to (working days or hours; see `ClockSpec`). */
  clock?: ClockSpec;
  /** The audit act; defaults to `<kind>.<action>`. */
  act?: string;
  /** Whether having this action puts the case on the viewer's 工作台 (default true). */
  isWork?: boolean;
};

/**
 * The step clock an action starts for the state it leads to: what the clock is called on the deadlines table
 * and the article it counts under. Its length comes from the rulebook parameter the area names, as of the act.
 */
export type ClockSpec = {
  label: string;
  article: number;
};
export type CaseDefinition<S extends string, C, A extends string = string> = {
  /** The object type in the audit trail and on the deadlines table: `incoming_document`, `meeting` … */
  kind: string;
  /** Chinese name of the kind: 收文, 会议. */
  label: string;
  states: Readonly<Record<S, string>>;
  stateOf: (c: C) => S;
  actions: Readonly<Record<A, ActionSpec<S, C>>>;
};

/** "This person themself, or whoever stands in for them today" (art. 7, 62). `urgentOnly` limits a cover to urgent work. */
export function personal<C>(personOf: (c: C) => string | null | undefined, options: {
  isUrgent?: (c: C) => boolean;
} = {}): Relation<C> {
  if (stryMutAct_9fa48("162")) {
    {}
  } else {
    stryCov_9fa48("162");
    return (c, viewer) => {
      if (stryMutAct_9fa48("163")) {
        {}
      } else {
        stryCov_9fa48("163");
        const personId = personOf(c);
        if (stryMutAct_9fa48("166") ? false : stryMutAct_9fa48("165") ? true : stryMutAct_9fa48("164") ? personId : (stryCov_9fa48("164", "165", "166"), !personId)) return stryMutAct_9fa48("167") ? true : (stryCov_9fa48("167"), false);
        if (stryMutAct_9fa48("170") ? viewer.personId !== personId : stryMutAct_9fa48("169") ? false : stryMutAct_9fa48("168") ? true : (stryCov_9fa48("168", "169", "170"), viewer.personId === personId)) return own;
        const standIn = viewer.standsInFor.find(stryMutAct_9fa48("171") ? () => undefined : (stryCov_9fa48("171"), s => stryMutAct_9fa48("174") ? s.personId !== personId : stryMutAct_9fa48("173") ? false : stryMutAct_9fa48("172") ? true : (stryCov_9fa48("172", "173", "174"), s.personId === personId)));
        if (stryMutAct_9fa48("177") ? false : stryMutAct_9fa48("176") ? true : stryMutAct_9fa48("175") ? standIn : (stryCov_9fa48("175", "176", "177"), !standIn)) return stryMutAct_9fa48("178") ? true : (stryCov_9fa48("178"), false);
        if (stryMutAct_9fa48("181") ? standIn.isUrgentOnly || !(options.isUrgent?.(c) ?? false) : stryMutAct_9fa48("180") ? false : stryMutAct_9fa48("179") ? true : (stryCov_9fa48("179", "180", "181"), standIn.isUrgentOnly && (stryMutAct_9fa48("182") ? options.isUrgent?.(c) ?? false : (stryCov_9fa48("182"), !(stryMutAct_9fa48("183") ? options.isUrgent?.(c) && false : (stryCov_9fa48("183"), (stryMutAct_9fa48("184") ? options.isUrgent(c) : (stryCov_9fa48("184"), options.isUrgent?.(c))) ?? (stryMutAct_9fa48("185") ? true : (stryCov_9fa48("185"), false)))))))) return stryMutAct_9fa48("186") ? true : (stryCov_9fa48("186"), false);
        return stryMutAct_9fa48("187") ? {} : (stryCov_9fa48("187"), {
          actingFor: stryMutAct_9fa48("188") ? {} : (stryCov_9fa48("188"), {
            personId: standIn.personId,
            name: standIn.name
          })
        });
      }
    };
  }
}

/** The viewer's unit is one of the case's units. */
export function ofUnit<C>(unitsOf: (c: C) => readonly (string | null | undefined)[]): Relation<C> {
  if (stryMutAct_9fa48("189")) {
    {}
  } else {
    stryCov_9fa48("189");
    return stryMutAct_9fa48("190") ? () => undefined : (stryCov_9fa48("190"), (c, viewer) => (stryMutAct_9fa48("193") ? viewer.unitId !== null || unitsOf(c).includes(viewer.unitId) : stryMutAct_9fa48("192") ? false : stryMutAct_9fa48("191") ? true : (stryCov_9fa48("191", "192", "193"), (stryMutAct_9fa48("195") ? viewer.unitId === null : stryMutAct_9fa48("194") ? true : (stryCov_9fa48("194", "195"), viewer.unitId !== null)) && unitsOf(c).includes(viewer.unitId))) ? own : stryMutAct_9fa48("196") ? true : (stryCov_9fa48("196"), false));
  }
}

/** The viewer's standing for one action on a case, ignoring its state: `false` when they may not take it. */
export function standingFor<S extends string, C>(spec: ActionSpec<S, C>, c: C, viewer: Viewer): Standing {
  if (stryMutAct_9fa48("197")) {
    {}
  } else {
    stryCov_9fa48("197");
    if (stryMutAct_9fa48("200") ? false : stryMutAct_9fa48("199") ? true : stryMutAct_9fa48("198") ? can(viewer.roles, spec.policy) : (stryCov_9fa48("198", "199", "200"), !can(viewer.roles, spec.policy))) return stryMutAct_9fa48("201") ? true : (stryCov_9fa48("201"), false);
    if (stryMutAct_9fa48("204") ? spec.when || !spec.when(c, viewer) : stryMutAct_9fa48("203") ? false : stryMutAct_9fa48("202") ? true : (stryCov_9fa48("202", "203", "204"), spec.when && (stryMutAct_9fa48("205") ? spec.when(c, viewer) : (stryCov_9fa48("205"), !spec.when(c, viewer))))) return stryMutAct_9fa48("206") ? true : (stryCov_9fa48("206"), false);
    return spec.relation ? spec.relation(c, viewer) : own;
  }
}

/** The actions the viewer may take on a case now: the `actions` every object is returned with. */
export function actionsFor<S extends string, C, A extends string>(def: CaseDefinition<S, C, A>, c: C, viewer: Viewer): A[] {
  if (stryMutAct_9fa48("207")) {
    {}
  } else {
    stryCov_9fa48("207");
    const state = def.stateOf(c);
    return stryMutAct_9fa48("208") ? Object.keys(def.actions) as A[] : (stryCov_9fa48("208"), (Object.keys(def.actions) as A[]).filter(a => {
      if (stryMutAct_9fa48("209")) {
        {}
      } else {
        stryCov_9fa48("209");
        const spec = def.actions[a];
        return stryMutAct_9fa48("212") ? spec.from.includes(state) || standingFor(spec, c, viewer) !== false : stryMutAct_9fa48("211") ? false : stryMutAct_9fa48("210") ? true : (stryCov_9fa48("210", "211", "212"), spec.from.includes(state) && (stryMutAct_9fa48("214") ? standingFor(spec, c, viewer) === false : stryMutAct_9fa48("213") ? true : (stryCov_9fa48("213", "214"), standingFor(spec, c, viewer) !== (stryMutAct_9fa48("215") ? true : (stryCov_9fa48("215"), false)))));
      }
    }));
  }
}

/** Whether the case belongs on the viewer's 工作台: exactly when they have an action on it that is work. */
export function isWorkItem<S extends string, C, A extends string>(def: CaseDefinition<S, C, A>, c: C, viewer: Viewer): boolean {
  if (stryMutAct_9fa48("216")) {
    {}
  } else {
    stryCov_9fa48("216");
    return stryMutAct_9fa48("217") ? actionsFor(def, c, viewer).every(a => def.actions[a].isWork !== false) : (stryCov_9fa48("217"), actionsFor(def, c, viewer).some(stryMutAct_9fa48("218") ? () => undefined : (stryCov_9fa48("218"), a => stryMutAct_9fa48("221") ? def.actions[a].isWork === false : stryMutAct_9fa48("220") ? false : stryMutAct_9fa48("219") ? true : (stryCov_9fa48("219", "220", "221"), def.actions[a].isWork !== (stryMutAct_9fa48("222") ? true : (stryCov_9fa48("222"), false))))));
  }
}

/** The states in which some action puts a case on someone's 工作台, for the SQL that finds candidates. */
export function workStates<S extends string, C, A extends string>(def: CaseDefinition<S, C, A>): S[] {
  if (stryMutAct_9fa48("223")) {
    {}
  } else {
    stryCov_9fa48("223");
    const states = new Set<S>();
    for (const a of Object.keys(def.actions) as A[]) {
      if (stryMutAct_9fa48("224")) {
        {}
      } else {
        stryCov_9fa48("224");
        const spec = def.actions[a];
        if (stryMutAct_9fa48("227") ? spec.isWork === false : stryMutAct_9fa48("226") ? false : stryMutAct_9fa48("225") ? true : (stryCov_9fa48("225", "226", "227"), spec.isWork !== (stryMutAct_9fa48("228") ? true : (stryCov_9fa48("228"), false)))) for (const s of spec.from) states.add(s);
      }
    }
    return stryMutAct_9fa48("229") ? [] : (stryCov_9fa48("229"), [...states]);
  }
}

/** What `authorize` grants: the target state, the audit act, the articles, and for whom the viewer acts. */
export type Authorization<S extends string> = {
  to: S;
  act: string;
  articles: readonly number[];
  actingFor: {
    personId: string;
    name: string;
  } | null;
  label: string;
};

/**
 * Checks that the viewer may take the action on the case now, as the declaration says. A case no longer in
 * one of the action's starting states has been moved on by someone else: 409 with its current state and
 * version. A viewer without the role or relation: 403.
 */
export function authorize<S extends string, C extends {
  version: number;
}, A extends string>(def: CaseDefinition<S, C, A>, action: A, c: C, viewer: Viewer): Authorization<S> {
  if (stryMutAct_9fa48("230")) {
    {}
  } else {
    stryCov_9fa48("230");
    const spec = def.actions[action];
    const state = def.stateOf(c);
    if (stryMutAct_9fa48("233") ? false : stryMutAct_9fa48("232") ? true : stryMutAct_9fa48("231") ? spec.from.includes(state) : (stryCov_9fa48("231", "232", "233"), !spec.from.includes(state))) {
      if (stryMutAct_9fa48("234")) {
        {}
      } else {
        stryCov_9fa48("234");
        throw new DomainError(stryMutAct_9fa48("235") ? "" : (stryCov_9fa48("235"), 'conflict'), stryMutAct_9fa48("236") ? `` : (stryCov_9fa48("236"), `该${def.label}当前为“${def.states[state]}”，不能${spec.label}，可能已被他人处理，请刷新后重试`), stryMutAct_9fa48("237") ? {} : (stryCov_9fa48("237"), {
          details: stryMutAct_9fa48("238") ? {} : (stryCov_9fa48("238"), {
            currentState: state,
            currentVersion: c.version
          })
        }));
      }
    }
    const standing = standingFor(spec, c, viewer);
    if (stryMutAct_9fa48("241") ? standing !== false : stryMutAct_9fa48("240") ? false : stryMutAct_9fa48("239") ? true : (stryCov_9fa48("239", "240", "241"), standing === (stryMutAct_9fa48("242") ? true : (stryCov_9fa48("242"), false)))) throw new DomainError(stryMutAct_9fa48("243") ? "" : (stryCov_9fa48("243"), 'forbidden'), stryMutAct_9fa48("244") ? `` : (stryCov_9fa48("244"), `您不能对该${def.label}进行“${spec.label}”`));
    return stryMutAct_9fa48("245") ? {} : (stryCov_9fa48("245"), {
      to: (stryMutAct_9fa48("248") ? typeof spec.to !== 'function' : stryMutAct_9fa48("247") ? false : stryMutAct_9fa48("246") ? true : (stryCov_9fa48("246", "247", "248"), typeof spec.to === (stryMutAct_9fa48("249") ? "" : (stryCov_9fa48("249"), 'function')))) ? spec.to(c, viewer) : spec.to,
      act: stryMutAct_9fa48("250") ? spec.act && `${def.kind}.${action}` : (stryCov_9fa48("250"), spec.act ?? (stryMutAct_9fa48("251") ? `` : (stryCov_9fa48("251"), `${def.kind}.${action}`))),
      articles: spec.articles,
      actingFor: standing.actingFor,
      label: spec.label
    });
  }
}

/** The Chinese label of every action and state of a kind, for the timeline and for the web app. */
export function describeCase<S extends string, C, A extends string>(def: CaseDefinition<S, C, A>): {
  kind: string;
  label: string;
  states: Record<string, string>;
  actions: Record<string, string>;
} {
  if (stryMutAct_9fa48("252")) {
    {}
  } else {
    stryCov_9fa48("252");
    return stryMutAct_9fa48("253") ? {} : (stryCov_9fa48("253"), {
      kind: def.kind,
      label: def.label,
      states: stryMutAct_9fa48("254") ? {} : (stryCov_9fa48("254"), {
        ...def.states
      }),
      actions: Object.fromEntries((Object.keys(def.actions) as A[]).map(stryMutAct_9fa48("255") ? () => undefined : (stryCov_9fa48("255"), a => stryMutAct_9fa48("256") ? [] : (stryCov_9fa48("256"), [a, def.actions[a].label]))))
    });
  }
}