package vn.dxoutreach.domain;

/** Whom a target is checked for. */
public enum Scope {
    /** Every unit of a chosen level below the office unit. */
    EACH,
    /** The office unit as a whole. */
    WHOLE
}
