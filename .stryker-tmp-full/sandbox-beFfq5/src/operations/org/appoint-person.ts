// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { found, invalid } from '../../domain/errors.js';
import { checkPeriod } from '../../domain/org/rules.js';
import { type Appointment, periodsOverlap } from '../../domain/org/types.js';
import type { LocalDate } from '../../rules/types.js';

/** Appoint an existing person (`personId`) or a new one (`personName`) to a post from a date. */
export type AppointPersonInput = { postId: string; personId?: string; personName?: string; validFrom: LocalDate; validTo?: LocalDate | null };

export async function appointPerson(ctx: OperationContext, input: AppointPersonInput): Promise<Appointment> {
  return commitChange(ctx, async (trx, at) => {
    const post = found(await orgRepository.findPost(trx, input.postId), '职务');
    const period = { validFrom: input.validFrom, validTo: input.validTo ?? null };
    checkPeriod(period);
    const now = at.toISOString();
    let personId = input.personId;
    if (personId) {
      found(await orgRepository.findPerson(trx, personId), '人员');
    } else {
      if (!input.personName) invalid('须指定人员或填写新人员姓名');
      personId = randomUUID();
      await orgRepository.insertPerson(trx, { id: personId, name: input.personName, mobileEncrypted: null, version: 1, createdAt: now, updatedAt: now });
    }
    const held = await orgRepository.appointmentsOfPost(trx, post.id);
    if (held.some((a) => a.personId === personId && periodsOverlap(a, period))) invalid('该人员在此期间已担任该职务');
    const appointment: Appointment = { id: randomUUID(), personId, postId: post.id, ...period };
    await orgRepository.insertAppointment(trx, { ...appointment, createdAt: now });
    return {
      result: appointment,
      audit: [{ act: 'org.appointment.create', objectType: 'appointment', objectId: appointment.id, result: 'success', summary: { after: appointment } }],
    };
  });
}
