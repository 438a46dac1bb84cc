package vn.dxoutreach.report.page;

/** Where a line of text sits across its width. */
public enum Align {
    LEFT, CENTER, RIGHT;

    float x(float left, float width, float textWidth) {
        return switch (this) {
            case LEFT -> left;
            case CENTER -> left + (width - textWidth) / 2;
            case RIGHT -> left + width - textWidth;
        };
    }
}
