package io.coachline.tracker.interview;

/** How an interview takes place. */
public enum InterviewFormat {
    PHONE, VIDEO, ONSITE
}
