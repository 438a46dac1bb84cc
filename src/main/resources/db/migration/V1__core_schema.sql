-- The core records. Every record carries a stable id, the unit it belongs to,
-- created/updated times (epoch milliseconds) and a tombstone flag, so that
-- offices can exchange data and deletions travel.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE level_name (
    level INTEGER PRIMARY KEY CHECK (level >= 1),
    name  TEXT NOT NULL
);

CREATE TABLE unit (
    id         TEXT PRIMARY KEY,
    unit_id    TEXT NOT NULL,
    code       TEXT NOT NULL,
    name       TEXT NOT NULL,
    level      INTEGER NOT NULL CHECK (level >= 1),
    parent_id  TEXT REFERENCES unit (id),
    valid_from TEXT,
    valid_to   TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX unit_code_live ON unit (code) WHERE deleted = 0;
CREATE INDEX unit_parent ON unit (parent_id);

-- unit_id absorbed predecessor_id in a merger
CREATE TABLE unit_predecessor (
    unit_id        TEXT NOT NULL REFERENCES unit (id),
    predecessor_id TEXT NOT NULL REFERENCES unit (id),
    PRIMARY KEY (unit_id, predecessor_id),
    CHECK (unit_id <> predecessor_id)
);

CREATE TABLE plan (
    id           TEXT PRIMARY KEY,
    unit_id      TEXT NOT NULL REFERENCES unit (id),
    symbol       TEXT NOT NULL,
    title        TEXT NOT NULL,
    issuing_body TEXT NOT NULL DEFAULT '',
    issued_on    TEXT,
    period_from  TEXT NOT NULL,
    period_to    TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    CHECK (period_from <= period_to)
);
CREATE INDEX plan_symbol ON plan (symbol);

CREATE TABLE target (
    id                   TEXT PRIMARY KEY,
    unit_id              TEXT NOT NULL REFERENCES unit (id),
    plan_id              TEXT NOT NULL REFERENCES plan (id),
    code                 TEXT NOT NULL,
    name                 TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('BROADCAST', 'BANNER', 'TEAM_SESSION')),
    measure              TEXT NOT NULL CHECK (measure IN ('COUNT', 'MINUTES', 'QUANTITY', 'PEOPLE')),
    cadence              TEXT NOT NULL CHECK (cadence IN ('WEEK', 'MONTH', 'QUARTER', 'YEAR', 'PERIOD')),
    value                INTEGER NOT NULL CHECK (value >= 0),
    scope                TEXT NOT NULL CHECK (scope IN ('EACH', 'WHOLE')),
    scope_level          INTEGER,
    window_from          TEXT,
    window_to            TEXT,
    filter_new_only      INTEGER NOT NULL DEFAULT 0,
    filter_unit_level    INTEGER,
    filter_topic         TEXT,
    filter_banner_kind   TEXT,
    filter_session_topic TEXT,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    deleted              INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX target_plan ON target (plan_id);

CREATE TABLE broadcast (
    id            TEXT PRIMARY KEY,
    unit_id       TEXT NOT NULL REFERENCES unit (id),
    aired_on      TEXT NOT NULL,
    slot          TEXT NOT NULL CHECK (slot IN ('MORNING', 'NOON', 'AFTERNOON', 'EVENING')),
    program_title TEXT NOT NULL,
    production    TEXT NOT NULL CHECK (production IN ('NEW', 'RERUN', 'RELAY')),
    minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    topic         TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX broadcast_unit_day ON broadcast (unit_id, aired_on);
CREATE INDEX broadcast_day ON broadcast (aired_on);
CREATE INDEX broadcast_updated ON broadcast (updated_at);

CREATE TABLE banner (
    id         TEXT PRIMARY KEY,
    unit_id    TEXT NOT NULL REFERENCES unit (id),
    hung_on    TEXT NOT NULL,
    removed_on TEXT,
    kind       TEXT NOT NULL CHECK (kind IN ('BANNER', 'SLOGAN', 'PANEL', 'POSTER', 'LED_SCREEN', 'NOTICE_BOARD')),
    slogan     TEXT NOT NULL,
    quantity   INTEGER NOT NULL CHECK (quantity >= 0),
    location   TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    CHECK (removed_on IS NULL OR removed_on >= hung_on)
);
CREATE INDEX banner_unit_day ON banner (unit_id, hung_on);
CREATE INDEX banner_updated ON banner (updated_at);

CREATE TABLE team_session (
    id             TEXT PRIMARY KEY,
    unit_id        TEXT NOT NULL REFERENCES unit (id),
    held_on        TEXT NOT NULL,
    support_topic  TEXT NOT NULL,
    people_helped  INTEGER NOT NULL CHECK (people_helped >= 0),
    apps_installed INTEGER NOT NULL CHECK (apps_installed >= 0),
    location       TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX team_session_unit_day ON team_session (unit_id, held_on);
CREATE INDEX team_session_updated ON team_session (updated_at);

CREATE TABLE evidence (
    id          TEXT PRIMARY KEY,
    unit_id     TEXT NOT NULL REFERENCES unit (id),
    record_id   TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('BROADCAST', 'BANNER', 'TEAM_SESSION')),
    sha256      TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evidence_record ON evidence (record_id);

CREATE TABLE slogan (
    id         TEXT PRIMARY KEY,
    unit_id    TEXT NOT NULL REFERENCES unit (id),
    text       TEXT NOT NULL,
    official   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
