// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found } from '../../domain/errors.js';
import type { Unit, UnitFunction } from '../../domain/org/types.js';
import { assertFunctionFree } from './create-unit.js';

/** `version` is the one the editor read; a later change by someone else makes this a conflict, not an overwrite. */
export type UpdateUnitInput = { id: string; version: number; name?: string; shortName?: string | null; function?: UnitFunction | null; sortOrder?: number };

export async function updateUnit(ctx: OperationContext, input: UpdateUnitInput): Promise<Unit> {
  return commitChange(ctx, async (trx, at) => {
    const before = found(await orgRepository.findUnit(trx, input.id), '单位');
    if (input.name !== undefined && input.name !== before.name) {
      const taken = await orgRepository.findUnitByName(trx, input.name);
      if (taken) throw new DomainError('conflict', `单位“${input.name}”已存在`);
    }
    if (input.function) await assertFunctionFree(trx, input.function, before.id);
    const changes = {
      ...(input.function !== undefined ? { function: input.function } : {}),
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.shortName !== undefined ? { shortName: input.shortName } : {}),
      ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
    };
    const updated = await orgRepository.updateUnit(trx, input.id, input.version, { ...changes, updatedAt: at.toISOString() });
    if (!updated) {
      throw new DomainError('conflict', '该单位已被他人修改，请刷新后重试', { details: { currentVersion: before.version } });
    }
    const after: Unit = { ...before, ...changes, version: before.version + 1 };
    return {
      result: after,
      audit: [{ act: 'org.unit.update', objectType: 'unit', objectId: input.id, result: 'success', summary: { before, after: changes } }],
    };
  });
}
