-- Organisations under administrative units, targets met by a share of units, and the members of the
-- community digital-technology teams (docs/decisions/0023).

-- A unit is administrative (the default, every unit so far) or an organisation lying under one.
ALTER TABLE unit ADD COLUMN unit_type TEXT NOT NULL DEFAULT 'ADMINISTRATIVE'
    CHECK (unit_type IN ('ADMINISTRATIVE', 'AGENCY', 'SCHOOL', 'ENTERPRISE', 'OTHER'));

-- A target may check the units of a type ("each school") and be met by a share of them.
ALTER TABLE target ADD COLUMN scope_unit_type TEXT
    CHECK (scope_unit_type IS NULL OR scope_unit_type IN ('ADMINISTRATIVE', 'AGENCY', 'SCHOOL', 'ENTERPRISE', 'OTHER'));
ALTER TABLE target ADD COLUMN min_share_percent INTEGER
    CHECK (min_share_percent IS NULL OR (min_share_percent >= 1 AND min_share_percent <= 100));

-- The members of a unit's Tổ công nghệ số cộng đồng; unit_id is the team's unit.
CREATE TABLE team_member (
    id         TEXT PRIMARY KEY,
    unit_id    TEXT NOT NULL REFERENCES unit (id),
    name       TEXT NOT NULL,
    role       TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    joined_on  TEXT NOT NULL,
    left_on    TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX team_member_unit ON team_member (unit_id, joined_on);
CREATE INDEX team_member_updated ON team_member (updated_at);
