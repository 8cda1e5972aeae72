import type { Db, Tx } from '../../db/database.js';
import { type SupervisionScope, supervisionRepository, type TaskExtensionRecord, type TaskRecord, type TaskReportRecord } from '../../db/supervision-repository.js';
import type { Viewer } from '../../domain/case.js';
import { scopeOf } from '../../domain/identity/policies.js';
import type { SuggestionRecord } from '../../db/suggestions-repository.js';
import type { ExtensionCase, ReportCase, SuggestionCase, TaskCase } from '../../domain/supervision/case.js';
import type { ExtensionStatus, ReportKind, ReportStatus, SuggestionStatus, TaskCategory, TaskStatus } from '../../domain/supervision/types.js';

/** The supervision scope of a viewer (see `SupervisionScope`): from the policy table's data scope of `supervision.read`. */
export function supervisionScopeOf(viewer: Pick<Viewer, 'roles' | 'unitId'>): SupervisionScope {
  return scopeOf(viewer.roles, 'supervision.read') === 'all' ? { kind: 'all' } : { kind: 'unit', unitId: viewer.unitId };
}

export type TaskFlags = Awaited<ReturnType<typeof supervisionRepository.flagsOf>>;

/** The task case of many rows at once: one call of `flagsOf` for all of them. */
export async function taskFlagsOf(db: Db | Tx, tasks: readonly Pick<TaskRecord, 'id'>[]): Promise<TaskFlags> {
  return supervisionRepository.flagsOf(db, tasks.map((t) => t.id));
}

export function taskCaseOf(t: TaskRecord, flags: TaskFlags): TaskCase {
  return {
    id: t.id,
    version: t.version,
    status: t.status as TaskStatus,
    category: t.category as TaskCategory,
    leadUnitId: t.leadUnitId,
    hasOpenReport: flags.openReports.has(t.id),
    hasOpenExtension: flags.openExtensions.has(t.id),
    hasChildren: flags.parents.has(t.id),
    hasOpenChildren: flags.parentsOfOpen.has(t.id),
    isSuggestion: t.sourceType === 'deputy_suggestion' || t.sourceType === 'cppcc_proposal',
  };
}

/** A report's case: `principalPersonId` is the lead unit's principal head of the day (art. 75). */
export function reportCaseOf(r: TaskReportRecord, principalPersonId: string | null): ReportCase {
  return { id: r.id, version: r.version, status: r.status as ReportStatus, kind: r.kind as ReportKind, unitId: r.unitId, principalPersonId };
}

export function extensionCaseOf(e: TaskExtensionRecord): ExtensionCase {
  return { id: e.id, version: e.version, status: e.status as ExtensionStatus, approverPersonId: e.approverPersonId };
}

/** A suggestion or proposal as its declaration sees it (art. 40). */
export function suggestionCaseOf(s: Pick<SuggestionRecord, 'id' | 'version' | 'status' | 'leadUnitId' | 'round'>): SuggestionCase {
  return { id: s.id, version: s.version, status: s.status as SuggestionStatus, leadUnitId: s.leadUnitId, round: s.round };
}
