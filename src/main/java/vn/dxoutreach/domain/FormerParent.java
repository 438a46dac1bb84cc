package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A parent a unit had before it was moved: the unit lay under {@code parentId} up to and including
 * {@code until}. Its records of those days count for that parent; later ones for the next parent.
 */
public record FormerParent(UUID parentId, LocalDate until) {

    public FormerParent {
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(until, "until");
    }
}
