-- Per-unit, per-day totals of every activity kind split by the field a target may filter on: the
-- broadcast's topic, the banner's kind, the team session's support topic. Kept by triggers on every
-- write path like daily_total (V2), so that a filtered target reads these few rows and never the
-- activity rows: topics are free text compared in Java (TargetFilter.sameTopic), so the key keeps the
-- text as written and the reader adds up the rows of every spelling that matches.
-- kind: B = broadcast, A = banner, S = team session. The three blocks are alike on purpose.

CREATE TABLE daily_detail_total (
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL,
    day         TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    records     INTEGER NOT NULL DEFAULT 0,
    records_new INTEGER NOT NULL DEFAULT 0,
    minutes     INTEGER NOT NULL DEFAULT 0,
    minutes_new INTEGER NOT NULL DEFAULT 0,
    quantity    INTEGER NOT NULL DEFAULT 0,
    people      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, detail, day, unit_id)
) WITHOUT ROWID;

CREATE TRIGGER broadcast_detail_insert AFTER INSERT ON broadcast
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.aired_on, 'B', NEW.topic, 1, CASE WHEN NEW.production = 'NEW' THEN 1 ELSE 0 END, NEW.minutes, CASE WHEN NEW.production = 'NEW' THEN NEW.minutes ELSE 0 END, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER broadcast_detail_update AFTER UPDATE ON broadcast
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.aired_on, 'B', OLD.topic, -(1), -(CASE WHEN OLD.production = 'NEW' THEN 1 ELSE 0 END), -(OLD.minutes), -(CASE WHEN OLD.production = 'NEW' THEN OLD.minutes ELSE 0 END), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.aired_on, 'B', NEW.topic, 1, CASE WHEN NEW.production = 'NEW' THEN 1 ELSE 0 END, NEW.minutes, CASE WHEN NEW.production = 'NEW' THEN NEW.minutes ELSE 0 END, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER broadcast_detail_delete AFTER DELETE ON broadcast
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.aired_on, 'B', OLD.topic, -(1), -(CASE WHEN OLD.production = 'NEW' THEN 1 ELSE 0 END), -(OLD.minutes), -(CASE WHEN OLD.production = 'NEW' THEN OLD.minutes ELSE 0 END), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
SELECT unit_id, aired_on, 'B', topic, SUM(1), SUM(CASE WHEN broadcast.production = 'NEW' THEN 1 ELSE 0 END), SUM(broadcast.minutes), SUM(CASE WHEN broadcast.production = 'NEW' THEN broadcast.minutes ELSE 0 END), SUM(0), SUM(0)
FROM broadcast WHERE deleted = 0 GROUP BY unit_id, aired_on, topic;

CREATE TRIGGER banner_detail_insert AFTER INSERT ON banner
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.hung_on, 'A', NEW.kind, 1, 0, 0, 0, NEW.quantity, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER banner_detail_update AFTER UPDATE ON banner
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.hung_on, 'A', OLD.kind, -(1), -(0), -(0), -(0), -(OLD.quantity), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.hung_on, 'A', NEW.kind, 1, 0, 0, 0, NEW.quantity, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER banner_detail_delete AFTER DELETE ON banner
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.hung_on, 'A', OLD.kind, -(1), -(0), -(0), -(0), -(OLD.quantity), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
SELECT unit_id, hung_on, 'A', kind, SUM(1), SUM(0), SUM(0), SUM(0), SUM(banner.quantity), SUM(0)
FROM banner WHERE deleted = 0 GROUP BY unit_id, hung_on, kind;

CREATE TRIGGER team_session_detail_insert AFTER INSERT ON team_session
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.held_on, 'S', NEW.support_topic, 1, 0, 0, 0, 0, NEW.people_helped
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER team_session_detail_update AFTER UPDATE ON team_session
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.held_on, 'S', OLD.support_topic, -(1), -(0), -(0), -(0), -(0), -(OLD.people_helped)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.held_on, 'S', NEW.support_topic, 1, 0, 0, 0, 0, NEW.people_helped
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER team_session_detail_delete AFTER DELETE ON team_session
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.held_on, 'S', OLD.support_topic, -(1), -(0), -(0), -(0), -(0), -(OLD.people_helped)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people)
SELECT unit_id, held_on, 'S', support_topic, SUM(1), SUM(0), SUM(0), SUM(0), SUM(0), SUM(team_session.people_helped)
FROM team_session WHERE deleted = 0 GROUP BY unit_id, held_on, support_topic;

-- The covering indexes of V9 served the filtered reads these totals replace; they cost every insert
-- a large index entry. The listings newest first only need the day.
DROP INDEX IF EXISTS broadcast_day_topic;
CREATE INDEX IF NOT EXISTS broadcast_day ON broadcast (aired_on);
DROP INDEX IF EXISTS team_session_day_topic;
CREATE INDEX IF NOT EXISTS team_session_day ON team_session (held_on);
