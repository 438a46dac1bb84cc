package vn.dxoutreach.domain;

/** The part of the day a program was aired (buổi). */
public enum Slot {
    MORNING,
    NOON,
    AFTERNOON,
    EVENING
}
