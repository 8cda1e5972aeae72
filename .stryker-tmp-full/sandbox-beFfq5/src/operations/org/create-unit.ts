// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found } from '../../domain/errors.js';
import { checkUnitPlacement } from '../../domain/org/rules.js';
import { type Unit, type UnitFunction, unitFunctionLabels, type UnitKind } from '../../domain/org/types.js';
import type { Tx } from '../../db/database.js';

export type CreateUnitInput = { name: string; shortName?: string | null; kind: UnitKind; function?: UnitFunction | null; parentId?: string | null; sortOrder?: number };

export async function createUnit(ctx: OperationContext, input: CreateUnitInput): Promise<Unit> {
  return commitChange(ctx, async (trx, at) => {
    const parent = input.parentId ? found(await orgRepository.findUnit(trx, input.parentId), '上级单位') : undefined;
    checkUnitPlacement(input.kind, parent?.kind ?? null);
    if (await orgRepository.findUnitByName(trx, input.name)) throw new DomainError('conflict', `单位“${input.name}”已存在`);
    if (input.function) await assertFunctionFree(trx, input.function, null);
    const unit: Unit = {
      id: randomUUID(),
      name: input.name,
      shortName: input.shortName ?? null,
      kind: input.kind,
      function: input.function ?? null,
      parentId: parent?.id ?? null,
      sortOrder: input.sortOrder ?? 0,
      version: 1,
    };
    const now = at.toISOString();
    await orgRepository.insertUnit(trx, { ...unit, createdAt: now, updatedAt: now });
    return {
      result: unit,
      audit: [{ act: 'org.unit.create', objectType: 'unit', objectId: unit.id, result: 'success', summary: { after: unit } }],
    };
  });
}

/** At most one unit carries each function the rules name (the justice bureau, the party committee …). */
export async function assertFunctionFree(trx: Tx, fn: UnitFunction, exceptUnitId: string | null): Promise<void> {
  const holder = await orgRepository.unitWithFunction(trx, fn);
  if (holder && holder.id !== exceptUnitId) throw new DomainError('conflict', `“${unitFunctionLabels[fn]}”职能已由“${holder.name}”承担，请先取消`);
}
