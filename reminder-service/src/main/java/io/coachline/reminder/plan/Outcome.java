package io.coachline.reminder.plan;

/**
 * What came of an interaction. On an OUTBOUND phone call anything but {@link #NO_ANSWER} means the
 * employer answered in that call, so the interaction counts as an answer (see {@link Interaction#isAnswer()}).
 */
public enum Outcome { NO_ANSWER, ANSWERED, DECISION_PENDING, NEW_DATE_GIVEN, DECIDED }
