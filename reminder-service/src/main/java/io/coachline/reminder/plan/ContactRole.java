package io.coachline.reminder.plan;

/** Role of a person the seeker talked to at the employer. */
public enum ContactRole { INTERVIEWER, HR, RECRUITER, HIRING_MANAGER, OTHER }
