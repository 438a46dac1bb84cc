package vn.dxoutreach.exchange.pkg;

/** Which version of a record changed on both sides is kept. */
public enum ConflictSide {
    /** This office's version ("Giữ bản của đơn vị mình"). */
    MINE,
    /** The version in the package ("Nhận bản gửi đến"). */
    THEIRS
}
