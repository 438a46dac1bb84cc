package vn.dxoutreach.exchange.pkg;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The version to keep of each conflict of a package: chosen one by one, the rest by a policy
 * (by default the newer version).
 */
public final class ConflictChoices {

    private final ConflictPolicy policy;
    private final Map<UUID, ConflictSide> chosen = new HashMap<>();

    private ConflictChoices(ConflictPolicy policy) {
        this.policy = policy;
    }

    /** Every conflict decided by the policy until chosen otherwise. */
    public static ConflictChoices by(ConflictPolicy policy) {
        return new ConflictChoices(policy);
    }

    /** Keeps the given side of the record's conflict. */
    public ConflictChoices choose(UUID recordId, ConflictSide side) {
        chosen.put(recordId, side);
        return this;
    }

    /** The side kept for a conflict. */
    public ConflictSide sideFor(MergeAction conflict) {
        return chosen.getOrDefault(conflict.recordId(), policy.sideFor(conflict));
    }
}
