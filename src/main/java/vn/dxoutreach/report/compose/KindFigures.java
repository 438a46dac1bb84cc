package vn.dxoutreach.report.compose;

import java.util.List;
import java.util.function.ToLongFunction;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.store.ActivityTotals.DetailFigures;

/**
 * What the records of a kind told by channel or type (news items, events, materials) add up to in a
 * report's period, by channel or type, largest count first.
 */
public record KindFigures(ActivityKind kind, List<DetailFigures> details) {

    public KindFigures {
        details = List.copyOf(details);
    }

    public long records() {
        return sum(DetailFigures::records);
    }

    /** Copies or messages (materials). */
    public long quantity() {
        return sum(DetailFigures::quantity);
    }

    /** People taking part (events). */
    public long people() {
        return sum(DetailFigures::people);
    }

    /** Views, where the channel counted them (news). */
    public long views() {
        return sum(DetailFigures::views);
    }

    private long sum(ToLongFunction<DetailFigures> amount) {
        return details.stream().mapToLong(amount).sum();
    }
}
