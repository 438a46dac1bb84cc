package vn.dxoutreach.report.compose;

import java.util.List;
import java.util.function.ToLongFunction;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.store.ActivityTotals.DetailFigures;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * The sections of part I for the kinds told by channel or type: a heading and one sentence of what the
 * period's records say, by channel or type. Amounts the records do not carry (views no channel
 * counted, nobody counted at an event) are left unsaid rather than stated as nought.
 */
public final class ChannelText {

    private final Messages messages;

    public ChannelText(Messages messages) {
        this.messages = messages;
    }

    /** The section's heading, without its number. */
    public String heading(ActivityKind kind) {
        return switch (kind) {
            case NEWS -> messages.get("compose.h.news");
            case EVENT -> messages.get("compose.h.events");
            case MATERIAL -> messages.get("compose.h.materials");
            case BROADCAST -> messages.get("compose.h.radio");
            case BANNER -> messages.get("compose.h.banners");
            case TEAM_SESSION -> messages.get("compose.h.teams");
        };
    }

    /**
     * "Đăng 42 tin, bài trên các kênh: Facebook 20, Cổng/Trang thông tin điện tử 12…; tổng lượt xem 5.300
     * (nơi có số liệu)."; "Tổ chức 6 sự kiện (Hội nghị 2, Tập huấn 4) với 480 lượt người tham dự.";
     * "Phát hành 9 lượt tài liệu, tin nhắn với tổng số 12.000 bản, tin nhắn (Tờ rơi 2.000, Tin nhắn SMS 10.000)."
     */
    String sentence(KindFigures k) {
        String records = Formats.number(k.records());
        return switch (k.kind()) {
            case NEWS -> k.views() > 0
                    ? messages.get("compose.news.views", records, list(k, DetailFigures::records),
                            Formats.number(k.views()))
                    : messages.get("compose.news", records, list(k, DetailFigures::records));
            case EVENT -> k.people() > 0
                    ? messages.get("compose.events.people", records, list(k, DetailFigures::records),
                            Formats.number(k.people()))
                    : messages.get("compose.events", records, list(k, DetailFigures::records));
            case MATERIAL -> messages.get("compose.materials", records, Formats.number(k.quantity()),
                    list(k, DetailFigures::quantity));
            case BROADCAST, BANNER, TEAM_SESSION -> throw new IllegalArgumentException(
                    "not told by channel or type: " + k.kind());
        };
    }

    /** "Facebook 20, Zalo 8": each channel or type with its amount. */
    private String list(KindFigures k, ToLongFunction<DetailFigures> amount) {
        List<String> items = k.details().stream().map(d -> messages.get("compose.detail.item",
                d.detail().isBlank() ? messages.get("compose.detail.blank") : d.detail(),
                Formats.number(amount.applyAsLong(d)))).toList();
        return String.join(", ", items);
    }
}
