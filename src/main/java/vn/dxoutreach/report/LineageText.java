package vn.dxoutreach.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dxoutreach.domain.FormerParent;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * Which older units make up a unit, in words, for the Đơn vị table and printed unit tables:
 * "Sáp nhập từ Xã An Một (Huyện Một), Xã Bình Một (Huyện Hai)"; for a moved unit "Thuộc Huyện Một
 * đến 30/06/2025". Empty for a unit never reorganised.
 */
public final class LineageText {

    private LineageText() {
    }

    public static String of(UnitTree tree, Messages messages, Unit unit) {
        List<String> parts = new ArrayList<>();
        if (!unit.predecessors().isEmpty()) {
            parts.add(messages.get("units.lineage.merged", unit.predecessors().stream()
                    .map(tree::get).flatMap(Optional::stream)
                    .map(p -> predecessor(tree, messages, unit, p))
                    .collect(Collectors.joining(", "))));
        }
        for (FormerParent former : unit.formerParents()) {
            tree.get(former.parentId()).ifPresent(p -> parts.add(
                    messages.get("units.lineage.formerParent", p.name(), Formats.date(former.until()))));
        }
        return String.join("; ", parts);
    }

    /** A predecessor's name, with the parent it had on its last day when that differs from the unit's. */
    private static String predecessor(UnitTree tree, Messages messages, Unit unit, Unit p) {
        java.util.UUID parent = p.parentOn(p.validTo() != null ? p.validTo() : LocalDate.MAX);
        if (parent == null || parent.equals(unit.parentId())) {
            return p.name();
        }
        return messages.get("units.lineage.under", p.name(), tree.get(parent).map(Unit::name).orElse(""));
    }

    /** The unit's name, followed by its lineage when it has one: "Xã Hòa Bình – Sáp nhập từ …". */
    public static String nameWithLineage(UnitTree tree, Messages messages, Unit unit) {
        String lineage = tree == null ? "" : of(tree, messages, unit);
        return lineage.isEmpty() ? unit.name() : unit.name() + " – " + lineage;
    }
}
