// The services' enumerations, listed once for the whole portal (the values of the tracker's, reminder service's and
// feedback service's OpenAPI documents). Labels live in i18n.js under '<prefix>.<VALUE>'.

export const STAGES = ['WISHLIST', 'APPLIED', 'INTERVIEW', 'REFERENCE_CHECK', 'OFFER', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'NO_RESPONSE', 'ON_HOLD'];
/** The board's columns, in the order an application moves through them. */
export const BOARD_STAGES = ['WISHLIST', 'APPLIED', 'INTERVIEW', 'REFERENCE_CHECK', 'OFFER', 'ON_HOLD'];
/** Closed stages: folded away on the board; a move out of them is a re-open. */
export const CLOSED_STAGES = ['ACCEPTED', 'REJECTED', 'WITHDRAWN', 'NO_RESPONSE'];
/** What "active only" means in the list (the tracker's open stages but the wish list). */
export const ACTIVE_STAGES = ['APPLIED', 'INTERVIEW', 'REFERENCE_CHECK', 'OFFER', 'ON_HOLD'];
/** The stages a new application can start in. */
export const START_STAGES = ['WISHLIST', 'APPLIED'];
/** The roles an admin gives a new person (admins are made in Keycloak). */
export const NEW_PERSON_ROLES = ['SEEKER', 'COACH'];
export const TAG_KINDS = ['STRENGTH', 'WEAKNESS'];
export const DATE_ORDERS = ['DMY', 'MDY', 'YMD'];
export const SECTORS = ['PUBLIC', 'PRIVATE', 'NON_PROFIT'];
export const CONTACT_ROLES = ['INTERVIEWER', 'HR', 'RECRUITER', 'HIRING_MANAGER', 'OTHER'];
export const FORMATS = ['PHONE', 'VIDEO', 'ONSITE'];
export const CHANNELS = ['EMAIL', 'PHONE', 'MESSAGE', 'IN_PERSON', 'VIDEO'];
export const DIRECTIONS = ['OUTBOUND', 'INBOUND'];
export const PURPOSES = ['THANK_YOU', 'QUESTION', 'STATUS_CHECK', 'FEEDBACK_REQUEST', 'CLOSING', 'OTHER'];
export const OUTCOMES = ['NO_ANSWER', 'ANSWERED', 'DECISION_PENDING', 'NEW_DATE_GIVEN', 'DECIDED'];
export const FB_OUTCOMES = ['REJECTED', 'OFFER_DECLINED', 'ACCEPTED', 'WITHDRAWN', 'NO_RESPONSE', 'ON_HOLD', 'OTHER'];
export const FB_STAGES = ['APPLIED', 'INTERVIEW', 'REFERENCE_CHECK', 'OFFER', 'ACCEPTED'];
export const DELIVERIES = ['DIGEST', 'EACH', 'NONE'];
/** Open reminders: the plan may still move them, the seeker may close them. */
export const OPEN_REMINDERS = ['DUE', 'SCHEDULED', 'SNOOZED'];

/**
 * The purpose of the outbound contact that carries out each follow-up rule (docs/follow-up-rules.md: THANK_YOU closes
 * F1, FEEDBACK_REQUEST F7, CLOSING F9, STATUS_CHECK and QUESTION the status reminders). F8 is a task without contact.
 */
export const RULE_PURPOSE = {
  F1: 'THANK_YOU', F2: 'QUESTION', F3: 'STATUS_CHECK', F4: 'STATUS_CHECK', F5: 'STATUS_CHECK', F6: 'QUESTION',
  F7: 'FEEDBACK_REQUEST', F9: 'CLOSING',
};

// The usual next steps, listed first (the tracker's StageMachine decides; a refused move shows what it allows).
export const USUAL_NEXT = {
  WISHLIST: ['APPLIED', 'WITHDRAWN'], APPLIED: ['INTERVIEW', 'REJECTED', 'ON_HOLD', 'NO_RESPONSE', 'WITHDRAWN'],
  INTERVIEW: ['INTERVIEW', 'REFERENCE_CHECK', 'OFFER', 'REJECTED', 'ON_HOLD', 'NO_RESPONSE', 'WITHDRAWN'],
  REFERENCE_CHECK: ['OFFER', 'REJECTED', 'ON_HOLD', 'WITHDRAWN'], OFFER: ['ACCEPTED', 'REJECTED', 'ON_HOLD', 'WITHDRAWN'],
  ON_HOLD: ['APPLIED', 'INTERVIEW', 'REFERENCE_CHECK', 'OFFER', 'REJECTED', 'NO_RESPONSE', 'WITHDRAWN'],
};
