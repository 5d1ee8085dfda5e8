package io.coachline.reminder.plan;

/** OUTBOUND: the seeker contacted the employer; INBOUND: the employer contacted the seeker. */
public enum Direction { OUTBOUND, INBOUND }
