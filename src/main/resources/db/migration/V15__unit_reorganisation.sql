-- Reorganisations: a unit moved to another parent from a day keeps its earlier parents, so that
-- its records before the move count for the parent it had then (docs/progress-rules.md).
-- unit_id lay under parent_id up to and including until_day.
CREATE TABLE unit_former_parent (
    unit_id   TEXT NOT NULL REFERENCES unit (id),
    parent_id TEXT NOT NULL REFERENCES unit (id),
    until_day TEXT NOT NULL,
    PRIMARY KEY (unit_id, until_day),
    CHECK (unit_id <> parent_id)
);

-- Official unit codes are national: another installation may know the same unit under another id.
-- alias_id is that other id; unit_id is this installation's unit with the same code.
CREATE TABLE unit_alias (
    alias_id TEXT PRIMARY KEY,
    unit_id  TEXT NOT NULL REFERENCES unit (id),
    CHECK (alias_id <> unit_id)
);
