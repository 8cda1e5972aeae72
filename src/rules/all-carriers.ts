import { auditCarriers } from '../domain/audit/carriers.js';
import { eventsCarriers } from '../domain/events/carriers.js';
import { documentCarriers } from '../domain/documents/carriers.js';
import { leaveCarriers } from '../domain/leave/carriers.js';
import { meetingCarriers } from '../domain/meetings/carriers.js';
import { orgCarriers } from '../domain/org/carriers.js';
import { supervisionCarriers } from '../domain/supervision/carriers.js';
import { disclosureCarriers } from '../domain/disclosure/carriers.js';
import { invitationApprovalRules, invitationArrangementRules, invitationSubmissionRules, meetingApprovalRules, meetingRequestRules, speechRules, visitArrangementRules } from '../domain/events/rules.js';
import { filingRules, instructionRules } from '../domain/documents/rules.js';
import { draftRules, outgoingCarriers, signOffRules } from '../domain/outgoing/rules.js';
import { leaveRules } from '../domain/leave/rules.js';
import { decisionRules, minutesRules, seatingRules, topicRules } from '../domain/meetings/rules.js';
import { allCarriers, registerCarriers, registerRules } from './registry.js';
import { rulebookCarriers } from './rulebook-carriers.js';
import type { Carrier } from './types.js';

let isLoaded = false;

/**
 * Registers every area's carriers in the default registry (once) and returns all of them. Each area adds one
 * import and one line here, e.g. `registerRules('meetings', meetingRules)`.
 */
export function loadAllCarriers(): readonly Carrier[] {
  if (!isLoaded) {
    isLoaded = true;
    registerCarriers('rulebook', rulebookCarriers);
    registerCarriers('org', orgCarriers);
    registerCarriers('audit', auditCarriers);
    registerRules('leave', leaveRules);
    registerCarriers('leave', leaveCarriers);
    registerRules('documents', [...filingRules, ...instructionRules]);
    registerCarriers('documents', documentCarriers);
    registerRules('documents', [...draftRules, ...signOffRules]);
    registerCarriers('documents', outgoingCarriers);
    registerRules('meetings', [...topicRules, ...minutesRules, ...decisionRules, ...seatingRules]);
    registerCarriers('meetings', meetingCarriers);
    registerRules('events', [...invitationSubmissionRules, ...invitationArrangementRules, ...invitationApprovalRules, ...meetingRequestRules, ...meetingApprovalRules, ...speechRules, ...visitArrangementRules]);
    registerCarriers('events', eventsCarriers);
    registerCarriers('supervision', supervisionCarriers);
    registerCarriers('disclosure', disclosureCarriers);
  }
  return allCarriers();
}
