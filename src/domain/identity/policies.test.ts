import { describe, expect, it } from 'vitest';
import { can, type Action } from './policies.js';
import { roles } from './roles.js';

// The authorization matrix as the rulebook and 等保 set it: which roles hold each action. A change to who may
// do what must change this table too, on purpose.
const matrix: [Action, string][] = [
    ['org.read', 'office_staff leader unit_staff unit_head legal_reviewer system_admin'],
    ['org.write', 'system_admin'],
    ['org.export', 'system_admin office_staff'],
    ['org.import', 'system_admin'],
    ['workbench.read', 'office_staff leader unit_staff unit_head legal_reviewer'],
    ['rules.read', 'office_staff leader unit_staff unit_head legal_reviewer system_admin security_admin audit_admin'],
    ['calendar.read', 'office_staff leader unit_staff unit_head legal_reviewer system_admin'],
    ['calendar.import', 'system_admin'],
    ['audit.read', 'audit_admin'],
    ['leave.read', 'office_staff leader unit_head'],
    ['leave.report', 'office_staff leader unit_head'],
    ['leave.report_for', 'office_staff'],
    ['cover.assign', 'leader'],
    ['leader_items.read', 'office_staff leader'],
    ['leader_items.create', 'office_staff'],
    ['leader_items.handle', 'leader'],
    ['events.read', 'office_staff leader unit_staff unit_head'],
    ['events.invite', 'unit_staff unit_head'],
    ['events.request_meeting', 'unit_staff unit_head'],
    ['events.request_speech', 'leader office_staff'],
    ['events.arrange', 'office_staff'],
    ['events.approve', 'office_staff'],
    ['events.decide', 'leader'],
    ['documents.read', 'office_staff leader unit_staff unit_head legal_reviewer'],
    ['documents.submit', 'unit_staff unit_head'],
    ['documents.countersign', 'unit_head'],
    ['documents.sign_off', 'unit_head'],
    ['documents.office', 'office_staff'],
    ['documents.instruct', 'leader'],
    ['documents.handle', 'unit_staff unit_head'],
    ['meetings.read', 'office_staff leader unit_staff unit_head legal_reviewer'],
    ['meetings.office', 'office_staff'],
    ['meetings.topic', 'unit_staff unit_head'],
    ['meetings.countersign', 'unit_head'],
    ['meetings.lead', 'leader'],
    ['supervision.read', 'office_staff leader unit_staff unit_head legal_reviewer'],
    ['supervision.office', 'office_staff'],
    ['supervision.report', 'unit_staff unit_head'],
    ['supervision.approve', 'unit_head'],
    ['supervision.lead', 'leader'],
    ['disclosure.read', 'office_staff leader unit_staff unit_head legal_reviewer'],
    ['disclosure.prepare', 'office_staff unit_staff unit_head'],
    ['disclosure.review', 'office_staff'],
    ['disclosure.requests', 'office_staff'],
    ['disclosure.request_read', 'office_staff leader'],
    ['disclosure.extend', 'leader office_staff'],
    ['disclosure.messages', 'office_staff unit_staff unit_head'],
    ['attachments.use', 'office_staff leader unit_staff unit_head legal_reviewer'],
    ['session.self', 'office_staff leader unit_staff unit_head legal_reviewer system_admin security_admin audit_admin'],
    ['users.manage', 'system_admin'],
    ['security.manage', 'security_admin'],
];

describe('访问策略矩阵（等保 8.1.4.2f）', () => {
  it.each(matrix)('%s：%s', (action, holders) => {
    expect(roles.filter((r) => can([r], action)).sort()).toEqual(holders.split(' ').sort());
  });
});
