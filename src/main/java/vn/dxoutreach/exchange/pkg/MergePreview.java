package vn.dxoutreach.exchange.pkg;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What receiving a package would change, before anything is written: per kind, how many records are
 * new, updated, deleted and in conflict ("X bản ghi mới, Y cập nhật, Z xoá, N xung đột").
 */
public record MergePreview(
        String senderCode,
        String senderName,
        LocalDate periodFrom,
        LocalDate periodTo,
        Map<String, Counts> counts,
        List<MergeAction> actions,
        PackageContents contents) {

    /** The changes of one kind. */
    public record Counts(int added, int updated, int deleted, int conflicts) {

        Counts plus(MergeAction.Type type) {
            return switch (type) {
                case ADD -> new Counts(added + 1, updated, deleted, conflicts);
                case UPDATE -> new Counts(added, updated + 1, deleted, conflicts);
                case DELETE -> new Counts(added, updated, deleted + 1, conflicts);
                case CONFLICT -> new Counts(added, updated, deleted, conflicts + 1);
                case KEEP -> this;
            };
        }
    }

    /** The bundle key naming a kind of {@link #counts()}, e.g. "Phát thanh". */
    public static String kindLabelKey(String kind) {
        return PackageKind.valueOf(kind).labelKey();
    }

    /** The kinds the package changes, in merge order: the lines worth showing. */
    public Map<String, Counts> changedCounts() {
        Map<String, Counts> changed = new java.util.LinkedHashMap<>();
        counts.forEach((kind, c) -> {
            if (c.added() + c.updated() + c.deleted() + c.conflicts() > 0) {
                changed.put(kind, c);
            }
        });
        return changed;
    }

    /** All kinds together. */
    public Counts total() {
        Counts sum = new Counts(0, 0, 0, 0);
        for (Counts c : counts.values()) {
            sum = new Counts(sum.added() + c.added(), sum.updated() + c.updated(), sum.deleted() + c.deleted(),
                    sum.conflicts() + c.conflicts());
        }
        return sum;
    }

    /** The records changed on both sides, in package order: the user chooses which version to keep. */
    public List<MergeAction> conflicts() {
        return actions.stream().filter(MergeAction::isConflict).toList();
    }

    /** Whether receiving it changes nothing (for instance, the same package received again). */
    public boolean changesNothing() {
        return actions.stream().allMatch(a -> a.type() == MergeAction.Type.KEEP);
    }
}
