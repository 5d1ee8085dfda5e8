package io.coachline.tracker.application;

/** Public sector processes are slow and often keep candidates on standby (seed 000). */
public enum Sector {
    PUBLIC, PRIVATE, NON_PROFIT
}
