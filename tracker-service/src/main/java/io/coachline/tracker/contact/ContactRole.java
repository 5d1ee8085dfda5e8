package io.coachline.tracker.contact;

/** Who the seeker talked to (seed 002: write the name down right). */
public enum ContactRole {
    INTERVIEWER, HR, RECRUITER, HIRING_MANAGER, OTHER
}
