-- Per-unit, per-day totals of every activity kind, kept right by triggers on every write path
-- (forms, imports, package merges, restores), so that progress never aggregates raw rows.
-- kind: B = broadcast, A = banner (dated by the day hung), S = team session.
-- The three blocks below are alike on purpose: change them together.

CREATE TABLE daily_total (
    unit_id     TEXT NOT NULL,
    day         TEXT NOT NULL,
    kind        TEXT NOT NULL,
    records     INTEGER NOT NULL DEFAULT 0,
    records_new INTEGER NOT NULL DEFAULT 0,
    minutes     INTEGER NOT NULL DEFAULT 0,
    minutes_new INTEGER NOT NULL DEFAULT 0,
    quantity    INTEGER NOT NULL DEFAULT 0,
    people      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, day, unit_id)
) WITHOUT ROWID;

CREATE TRIGGER broadcast_daily_insert AFTER INSERT ON broadcast
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.aired_on, 'B', 1, CASE WHEN NEW.production = 'NEW' THEN 1 ELSE 0 END, NEW.minutes, CASE WHEN NEW.production = 'NEW' THEN NEW.minutes ELSE 0 END, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER broadcast_daily_update AFTER UPDATE ON broadcast
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.aired_on, 'B', -(1), -(CASE WHEN OLD.production = 'NEW' THEN 1 ELSE 0 END), -(OLD.minutes), -(CASE WHEN OLD.production = 'NEW' THEN OLD.minutes ELSE 0 END), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.aired_on, 'B', 1, CASE WHEN NEW.production = 'NEW' THEN 1 ELSE 0 END, NEW.minutes, CASE WHEN NEW.production = 'NEW' THEN NEW.minutes ELSE 0 END, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER broadcast_daily_delete AFTER DELETE ON broadcast
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.aired_on, 'B', -(1), -(CASE WHEN OLD.production = 'NEW' THEN 1 ELSE 0 END), -(OLD.minutes), -(CASE WHEN OLD.production = 'NEW' THEN OLD.minutes ELSE 0 END), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
SELECT unit_id, aired_on, 'B', SUM(1), SUM(CASE WHEN broadcast.production = 'NEW' THEN 1 ELSE 0 END), SUM(broadcast.minutes), SUM(CASE WHEN broadcast.production = 'NEW' THEN broadcast.minutes ELSE 0 END), SUM(0), SUM(0)
FROM broadcast WHERE deleted = 0 GROUP BY unit_id, aired_on;

CREATE TRIGGER banner_daily_insert AFTER INSERT ON banner
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.hung_on, 'A', 1, 0, 0, 0, NEW.quantity, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER banner_daily_update AFTER UPDATE ON banner
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.hung_on, 'A', -(1), -(0), -(0), -(0), -(OLD.quantity), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.hung_on, 'A', 1, 0, 0, 0, NEW.quantity, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER banner_daily_delete AFTER DELETE ON banner
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.hung_on, 'A', -(1), -(0), -(0), -(0), -(OLD.quantity), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
SELECT unit_id, hung_on, 'A', SUM(1), SUM(0), SUM(0), SUM(0), SUM(banner.quantity), SUM(0)
FROM banner WHERE deleted = 0 GROUP BY unit_id, hung_on;

CREATE TRIGGER team_session_daily_insert AFTER INSERT ON team_session
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.held_on, 'S', 1, 0, 0, 0, 0, NEW.people_helped
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER team_session_daily_update AFTER UPDATE ON team_session
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.held_on, 'S', -(1), -(0), -(0), -(0), -(0), -(OLD.people_helped)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT NEW.unit_id, NEW.held_on, 'S', 1, 0, 0, 0, 0, NEW.people_helped
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

CREATE TRIGGER team_session_daily_delete AFTER DELETE ON team_session
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
    SELECT OLD.unit_id, OLD.held_on, 'S', -(1), -(0), -(0), -(0), -(0), -(OLD.people_helped)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people;
END;

INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people)
SELECT unit_id, held_on, 'S', SUM(1), SUM(0), SUM(0), SUM(0), SUM(0), SUM(team_session.people_helped)
FROM team_session WHERE deleted = 0 GROUP BY unit_id, held_on;
