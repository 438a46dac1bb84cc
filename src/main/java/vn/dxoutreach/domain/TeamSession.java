package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One session of a community digital-technology team helping citizens (Tổ công nghệ số cộng đồng). */
public record TeamSession(
        RecordMeta meta,
        LocalDate heldOn,
        String supportTopic,
        int peopleHelped,
        int appsInstalled,
        String location,
        String note) {

    public TeamSession {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(supportTopic, "supportTopic");
    }
}
