package org.youthjustice.cases.domain;

/** Where a goal of the correction plan stands. */
public enum GoalStatus {
    OPEN, ACHIEVED, DROPPED
}
