package vn.dxoutreach.domain;

/** The name an office gives to a level of its unit tree, e.g. 1 = "Tỉnh", 3 = "Xã". */
public record LevelName(int level, String name) {
}
