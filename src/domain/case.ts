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

export type StandIn = { personId: string; name: string; basis: 'pair' | 'assignment' | 'acting_head'; isUrgentOnly: boolean };

/**
 * How the viewer stands to a case for one action: in their own right, or for an absent person (recorded as
 * acting-for on the timeline and in the audit trail). `false` means not at all.
 */
export type Standing = { actingFor: { personId: string; name: string } | null } | false;

export const own: Standing = { actingFor: null };

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
export type ClockSpec = { label: string; article: number };

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
export function personal<C>(personOf: (c: C) => string | null | undefined, options: { isUrgent?: (c: C) => boolean } = {}): Relation<C> {
  return (c, viewer) => {
    const personId = personOf(c);
    if (!personId) return false;
    if (viewer.personId === personId) return own;
    const standIn = viewer.standsInFor.find((s) => s.personId === personId);
    if (!standIn) return false;
    if (standIn.isUrgentOnly && !(options.isUrgent?.(c) ?? false)) return false;
    return { actingFor: { personId: standIn.personId, name: standIn.name } };
  };
}

/** The viewer's unit is one of the case's units. */
export function ofUnit<C>(unitsOf: (c: C) => readonly (string | null | undefined)[]): Relation<C> {
  return (c, viewer) => (viewer.unitId !== null && unitsOf(c).includes(viewer.unitId) ? own : false);
}

/** The viewer's standing for one action on a case, ignoring its state: `false` when they may not take it. */
export function standingFor<S extends string, C>(spec: ActionSpec<S, C>, c: C, viewer: Viewer): Standing {
  if (!can(viewer.roles, spec.policy)) return false;
  if (spec.when && !spec.when(c, viewer)) return false;
  return spec.relation ? spec.relation(c, viewer) : own;
}

/** The actions the viewer may take on a case now: the `actions` every object is returned with. */
export function actionsFor<S extends string, C, A extends string>(def: CaseDefinition<S, C, A>, c: C, viewer: Viewer): A[] {
  const state = def.stateOf(c);
  return (Object.keys(def.actions) as A[]).filter((a) => {
    const spec = def.actions[a];
    return spec.from.includes(state) && standingFor(spec, c, viewer) !== false;
  });
}

/** Whether the case belongs on the viewer's 工作台: exactly when they have an action on it that is work. */
export function isWorkItem<S extends string, C, A extends string>(def: CaseDefinition<S, C, A>, c: C, viewer: Viewer): boolean {
  return actionsFor(def, c, viewer).some((a) => def.actions[a].isWork !== false);
}

/** The first work action the viewer has on a case, with whom they act for: what the 工作台 item says (null: none). */
export function workOf<S extends string, C, A extends string>(def: CaseDefinition<S, C, A>, c: C, viewer: Viewer): { label: string; actingFor?: { personId: string; name: string } } | null {
  const action = actionsFor(def, c, viewer).find((a) => def.actions[a].isWork !== false);
  if (!action) return null;
  const standing = standingFor(def.actions[action], c, viewer);
  const actingFor = standing === false ? null : standing.actingFor;
  return { label: def.actions[action].label, ...(actingFor ? { actingFor } : {}) };
}

/** The states in which some action puts a case on someone's 工作台, for the SQL that finds candidates. */
export function workStates<S extends string, C, A extends string>(def: CaseDefinition<S, C, A>): S[] {
  const states = new Set<S>();
  for (const a of Object.keys(def.actions) as A[]) {
    const spec = def.actions[a];
    if (spec.isWork !== false) for (const s of spec.from) states.add(s);
  }
  return [...states];
}

/** What `authorize` grants: the target state, the audit act, the articles, and for whom the viewer acts. */
export type Authorization<S extends string> = {
  to: S;
  act: string;
  articles: readonly number[];
  actingFor: { personId: string; name: string } | null;
  label: string;
};

/**
 * Checks that the viewer may take the action on the case now, as the declaration says. A case no longer in
 * one of the action's starting states has been moved on by someone else: 409 with its current state and
 * version. A viewer without the role or relation: 403.
 */
export function authorize<S extends string, C extends { version: number }, A extends string>(
  def: CaseDefinition<S, C, A>,
  action: A,
  c: C,
  viewer: Viewer,
  requestedVersion?: number,
): Authorization<S> {
  const spec = def.actions[action];
  const state = def.stateOf(c);
  // A request made on an older version lost to another: 409, before anything about who may act is judged.
  if (requestedVersion !== undefined && requestedVersion !== c.version) {
    throw new DomainError('conflict', `该${def.label}已被他人处理或修改，请刷新后重试`, { details: { currentState: state, currentVersion: c.version } });
  }
  if (!spec.from.includes(state)) {
    throw new DomainError('conflict', `该${def.label}当前为“${def.states[state]}”，不能${spec.label}，可能已被他人处理，请刷新后重试`, {
      details: { currentState: state, currentVersion: c.version },
    });
  }
  const standing = standingFor(spec, c, viewer);
  if (standing === false) throw new DomainError('forbidden', `您不能对该${def.label}进行“${spec.label}”`);
  return { to: typeof spec.to === 'function' ? spec.to(c, viewer) : spec.to, act: spec.act ?? `${def.kind}.${action}`, articles: spec.articles, actingFor: standing.actingFor, label: spec.label };
}

/** The Chinese label of every action and state of a kind, for the timeline and for the web app. */
export function describeCase<S extends string, C, A extends string>(def: CaseDefinition<S, C, A>): { kind: string; label: string; states: Record<string, string>; actions: Record<string, string> } {
  return {
    kind: def.kind,
    label: def.label,
    states: { ...def.states },
    actions: Object.fromEntries((Object.keys(def.actions) as A[]).map((a) => [a, def.actions[a].label])),
  };
}
