package vn.dxoutreach.ui.activity;

import java.util.List;
import vn.dxoutreach.text.Messages;

/** The usual topics of broadcasts and team sessions, offered as suggestions (any text is allowed). */
public final class Topics {

    private Topics() {
    }

    public static List<String> suggestions(Messages messages) {
        return List.of(
                messages.get("topic.vneid"),
                messages.get("topic.publicServices"),
                messages.get("topic.cashless"),
                messages.get("topic.digitalSkills"),
                messages.get("topic.infoSafety"),
                messages.get("topic.ecommerce"));
    }
}
