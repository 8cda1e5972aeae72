import type { Migration } from 'kysely';
import * as orgIdentityAudit from './20261126T1900-org-identity-audit.js';
import * as deadlines from './20261126T2000-deadlines.js';
import * as auditProtection from './20261126T2100-audit-protection.js';
import * as personalData from './20261126T2110-personal-data.js';
import * as identityHardening from './20261126T2120-identity-hardening.js';
import * as leaveCoverAttachments from './20261126T2200-leave-cover-attachments.js';
import * as events from './20261126T2300-events.js';
import * as incomingDocuments from './20261126T2310-incoming-documents.js';
import * as meetings from './20261126T2320-meetings.js';
import * as caseKernel from './20261201T1000-case-kernel.js';
import * as orgUnitFunctions from './20261201T1010-org-unit-functions.js';
import * as meetingsApprovals from './20261201T1300-meetings-approvals.js';
import * as eventsApproverActs from './20261201T1400-events-approver-acts.js';
import * as sharedCountersignatures from './20261201T1500-shared-countersignatures.js';
import * as meetingsFidelity from './20261202T0400-meetings-fidelity.js';
import * as cachesAuditCheckpoint from './20261202T0300-caches-audit-checkpoint.js';
import * as documentsReadIndexes from './20261202T0100-documents-read-indexes.js';
import * as listIndexes from './20261202T0200-list-indexes.js';
import * as rulesFidelity from './20261202T0500-rules-fidelity.js';
import * as outgoingFidelity from './20261202T0700-outgoing-fidelity.js';
import * as documentsReturnedOfficeName from './20261202T0710-documents-returned-office-name.js';
import * as supervision from './20261202T0800-supervision.js';
import * as disclosure from './20261202T0900-disclosure.js';
import * as incomingSources from './20261202T0610-incoming-sources.js';
import * as outgoingDocuments from './20261202T0600-outgoing-documents.js';

/**
 * Every migration, by its frozen name. Listed here rather than read from the folder so that the compiled
 * build and the tests see exactly the same set.
 */
export const migrations: Record<string, Migration> = {
  '20261126T1900-org-identity-audit': orgIdentityAudit,
  '20261126T2000-deadlines': deadlines,
  '20261126T2100-audit-protection': auditProtection,
  '20261126T2110-personal-data': personalData,
  '20261126T2120-identity-hardening': identityHardening,
  '20261126T2200-leave-cover-attachments': leaveCoverAttachments,
  '20261126T2300-events': events,
  '20261126T2310-incoming-documents': incomingDocuments,
  '20261126T2320-meetings': meetings,
  '20261201T1000-case-kernel': caseKernel,
  '20261201T1010-org-unit-functions': orgUnitFunctions,
  '20261201T1300-meetings-approvals': meetingsApprovals,
  '20261201T1400-events-approver-acts': eventsApproverActs,
  '20261201T1500-shared-countersignatures': sharedCountersignatures,
  '20261202T0400-meetings-fidelity': meetingsFidelity,
  '20261202T0300-caches-audit-checkpoint': cachesAuditCheckpoint,
  '20261202T0100-documents-read-indexes': documentsReadIndexes,
  '20261202T0200-list-indexes': listIndexes,
  '20261202T0500-rules-fidelity': rulesFidelity,
  '20261202T0610-incoming-sources': incomingSources,
  '20261202T0600-outgoing-documents': outgoingDocuments,
  '20261202T0700-outgoing-fidelity': outgoingFidelity,
  '20261202T0710-documents-returned-office-name': documentsReturnedOfficeName,
  '20261202T0800-supervision': supervision,
  '20261202T0900-disclosure': disclosure,
};
