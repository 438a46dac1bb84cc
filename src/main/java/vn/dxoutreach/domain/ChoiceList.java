package vn.dxoutreach.domain;

import java.util.List;

/**
 * A list of values an office picks from for the new kinds' channel or type. Each ships with the
 * values of the provinces' plans; an office adds its own ({@link ChoiceValue}), which go down to its
 * units in data packages like the slogans.
 */
public enum ChoiceList {
    NEWS_CHANNEL(List.of("Cổng/Trang thông tin điện tử", "Báo in", "Báo điện tử", "Truyền hình", // NOI18N
            "Phát thanh tỉnh", // NOI18N
            "Facebook", "Zalo", "TikTok", "YouTube", "Khác")), // NOI18N
    EVENT_TYPE(List.of("Hội nghị", "Hội thảo/Tọa đàm", "Triển lãm", "Tập huấn", "Cuộc thi", // NOI18N
            "Ra quân/Ngày Chủ nhật số", "Ngoại khóa", "Khác")), // NOI18N
    MATERIAL_TYPE(List.of("Tờ rơi", "Sổ tay/Cẩm nang", "Áp phích phát tay", // NOI18N
            "Tin nhắn SMS", "Tin nhắn Zalo", "Khác")); // NOI18N

    private final List<String> shipped;

    ChoiceList(List<String> shipped) {
        this.shipped = shipped;
    }

    /** The values every office has, in the plans' words (Vietnamese data, not UI text). */
    public List<String> shipped() {
        return shipped;
    }
}
