package vn.dxoutreach.exchange.pkg;

/** One choice for every conflict of a package: the newer version, always ours, or always theirs. */
public enum ConflictPolicy {
    NEWER,
    MINE,
    THEIRS;

    /** The side this policy keeps for a conflict. */
    public ConflictSide sideFor(MergeAction conflict) {
        return switch (this) {
            case NEWER -> conflict.incomingIsNewer() ? ConflictSide.THEIRS : ConflictSide.MINE;
            case MINE -> ConflictSide.MINE;
            case THEIRS -> ConflictSide.THEIRS;
        };
    }
}
