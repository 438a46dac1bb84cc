package vn.dxoutreach.exchange.pkg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;

/** The unit tree as it would be after a merge must still be a tree: no unit above itself. */
final class UnitGraph {

    private UnitGraph() {
    }

    /** A unit that lies on a cycle of parent links (or is its own predecessor), if there is one. */
    static Optional<Unit> unitOnCycle(UnitTree tree) {
        Map<UUID, Boolean> done = new HashMap<>();
        for (Unit start : tree.all()) {
            if (start.predecessors().contains(start.id()) || start.id().equals(start.parentId())) {
                return Optional.of(start);
            }
            List<UUID> path = new ArrayList<>();
            UUID current = start.id();
            while (current != null && !done.containsKey(current)) {
                done.put(current, false);
                path.add(current);
                current = tree.get(current).map(Unit::parentId).filter(p -> tree.get(p).isPresent()).orElse(null);
            }
            if (current != null && !done.get(current)) {
                return tree.get(current);
            }
            path.forEach(id -> done.put(id, true));
        }
        return Optional.empty();
    }

    /** Refuses the package when the tree after it would have a cycle, naming the sender and a unit on it. */
    static void requireTree(UnitTree tree, String senderName) throws PackageRefused {
        Optional<Unit> looped = unitOnCycle(tree);
        if (looped.isPresent()) {
            throw new PackageRefused("exchange.refused.unitCycle", senderName, looped.get().name(),
                    looped.get().code());
        }
    }
}
