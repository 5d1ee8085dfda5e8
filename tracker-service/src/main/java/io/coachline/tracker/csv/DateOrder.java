package io.coachline.tracker.csv;

/**
 * How a file writes dates whose parts could be read two ways ({@code 10/02/2026}): day first
 * (most of the world), month first (the US; LinkedIn, Huntr in US English), or year first.
 */
public enum DateOrder {
    DMY, MDY, YMD
}
