-- What offices have exchanged: the version of each record last exchanged with each peer (to tell
-- a change on one side from a change on both), the last package sent to each recipient, the
-- packages received (for reporting completeness) and the conflicts decided.

CREATE TABLE sync_state (
    record_id  TEXT NOT NULL,
    peer_unit  TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (record_id, peer_unit)
) WITHOUT ROWID;

CREATE TABLE package_sent (
    id            TEXT PRIMARY KEY,
    recipient     TEXT NOT NULL,
    sent_at       INTEGER NOT NULL,
    changes_up_to INTEGER NOT NULL,
    records       INTEGER NOT NULL
);
CREATE INDEX package_sent_recipient ON package_sent (recipient, sent_at);

CREATE TABLE package_received (
    id          TEXT PRIMARY KEY,
    sender_unit TEXT NOT NULL,
    period_from TEXT,
    period_to   TEXT,
    created_at  INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    records     INTEGER NOT NULL
);
CREATE INDEX package_received_sender ON package_received (sender_unit, received_at);

CREATE TABLE conflict_log (
    id          TEXT PRIMARY KEY,
    record_id   TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    peer_unit   TEXT NOT NULL,
    kept        TEXT NOT NULL,
    discarded   TEXT NOT NULL,
    decided_at  INTEGER NOT NULL
);
