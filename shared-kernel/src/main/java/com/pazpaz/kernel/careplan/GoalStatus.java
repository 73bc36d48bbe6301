package com.pazpaz.kernel.careplan;

/** Whether a goal is still pursued, was met, or was given up. */
public enum GoalStatus {
    ACTIVE,
    MET,
    DISCONTINUED
}
