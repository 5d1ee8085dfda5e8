package io.coachline.reminder.plan;

/** How an interaction happened. */
public enum Channel { EMAIL, PHONE, MESSAGE, IN_PERSON, VIDEO }
