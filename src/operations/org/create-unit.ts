import { randomUUID } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found } from '../../domain/errors.js';
import { checkUnitPlacement } from '../../domain/org/rules.js';
import type { Unit, UnitKind } from '../../domain/org/types.js';

export type CreateUnitInput = { name: string; shortName?: string | null; kind: UnitKind; parentId?: string | null; sortOrder?: number };

export async function createUnit(ctx: OperationContext, input: CreateUnitInput): Promise<Unit> {
  return commitChange(ctx, async (trx, at) => {
    const parent = input.parentId ? found(await orgRepository.findUnit(trx, input.parentId), '上级单位') : undefined;
    checkUnitPlacement(input.kind, parent?.kind ?? null);
    if (await orgRepository.findUnitByName(trx, input.name)) throw new DomainError('conflict', `单位“${input.name}”已存在`);
    const unit: Unit = {
      id: randomUUID(),
      name: input.name,
      shortName: input.shortName ?? null,
      kind: input.kind,
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
