package vn.dxoutreach.report.page;

/**
 * An A4 sheet in PDF points (1/72 inch) with the margins of Decree 30/2020/NĐ-CP (left 30 mm,
 * right 15–20 mm, top and bottom 20 mm); the footer sits in the bottom margin.
 */
public record Paper(float width, float height, float left, float right, float top, float bottom) {

    private static final float MM = 72f / 25.4f;

    public static final Paper A4_PORTRAIT = new Paper(210 * MM, 297 * MM, 30 * MM, 18 * MM, 18 * MM, 20 * MM);
    public static final Paper A4_LANDSCAPE = new Paper(297 * MM, 210 * MM, 30 * MM, 18 * MM, 18 * MM, 20 * MM);

    public float contentWidth() {
        return width - left - right;
    }

    /** The y of the content's lower edge (y grows downwards, as in Java 2D). */
    public float contentBottom() {
        return height - bottom;
    }

    public boolean landscape() {
        return width > height;
    }
}
