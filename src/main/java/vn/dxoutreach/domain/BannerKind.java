package vn.dxoutreach.domain;

/** The forms of visual propaganda an office records. */
public enum BannerKind {
    BANNER,
    SLOGAN,
    PANEL,
    POSTER,
    LED_SCREEN,
    NOTICE_BOARD
}
