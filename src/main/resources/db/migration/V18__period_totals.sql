-- Per-unit totals of whole weeks (grain W, period_start the Monday) and whole calendar months (grain M,
-- period_start the 1st), kept from daily_total and daily_detail_total by triggers on those tables, so every
-- write path that keeps the daily totals (the activity triggers of V2/V14, BulkTotals) keeps these too, for
-- every kind. A progress evaluation reads a whole week or month as one row and reads single days only in the
-- periods its windows, "as of" day or unit moves cut (decision 0017). Columns and kind codes are those of
-- daily_total (V2, V14, V16): a new column is one more entry in each list below. Both blocks are alike on purpose.

CREATE TABLE period_total (
    kind         TEXT NOT NULL,
    grain        TEXT NOT NULL,
    period_start TEXT NOT NULL,
    unit_id      TEXT NOT NULL,
    records      INTEGER NOT NULL DEFAULT 0,
    records_new  INTEGER NOT NULL DEFAULT 0,
    minutes      INTEGER NOT NULL DEFAULT 0,
    minutes_new  INTEGER NOT NULL DEFAULT 0,
    quantity     INTEGER NOT NULL DEFAULT 0,
    people       INTEGER NOT NULL DEFAULT 0,
    views        INTEGER NOT NULL DEFAULT 0,
    apps         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, grain, period_start, unit_id)
) WITHOUT ROWID;

CREATE TRIGGER daily_total_periods_insert AFTER INSERT ON daily_total
BEGIN
    INSERT INTO period_total (kind, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.kind, 'W', date(NEW.day, '-6 days', 'weekday 1'), NEW.unit_id, NEW.records, NEW.records_new, NEW.minutes, NEW.minutes_new, NEW.quantity, NEW.people, NEW.views, NEW.apps WHERE true
    UNION ALL
    SELECT NEW.kind, 'M', date(NEW.day, 'start of month'), NEW.unit_id, NEW.records, NEW.records_new, NEW.minutes, NEW.minutes_new, NEW.quantity, NEW.people, NEW.views, NEW.apps WHERE true
    ON CONFLICT (kind, grain, period_start, unit_id) DO UPDATE SET
        records = records + excluded.records,
        records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes,
        minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity,
        people = people + excluded.people,
        views = views + excluded.views,
        apps = apps + excluded.apps;
END;

CREATE TRIGGER daily_total_periods_update AFTER UPDATE ON daily_total
BEGIN
    INSERT INTO period_total (kind, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.kind, 'W', date(NEW.day, '-6 days', 'weekday 1'), NEW.unit_id, NEW.records - OLD.records, NEW.records_new - OLD.records_new, NEW.minutes - OLD.minutes, NEW.minutes_new - OLD.minutes_new, NEW.quantity - OLD.quantity, NEW.people - OLD.people, NEW.views - OLD.views, NEW.apps - OLD.apps WHERE NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id
    UNION ALL
    SELECT NEW.kind, 'M', date(NEW.day, 'start of month'), NEW.unit_id, NEW.records - OLD.records, NEW.records_new - OLD.records_new, NEW.minutes - OLD.minutes, NEW.minutes_new - OLD.minutes_new, NEW.quantity - OLD.quantity, NEW.people - OLD.people, NEW.views - OLD.views, NEW.apps - OLD.apps WHERE NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id
    ON CONFLICT (kind, grain, period_start, unit_id) DO UPDATE SET
        records = records + excluded.records,
        records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes,
        minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity,
        people = people + excluded.people,
        views = views + excluded.views,
        apps = apps + excluded.apps;
    INSERT INTO period_total (kind, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.kind, 'W', date(OLD.day, '-6 days', 'weekday 1'), OLD.unit_id, -OLD.records, -OLD.records_new, -OLD.minutes, -OLD.minutes_new, -OLD.quantity, -OLD.people, -OLD.views, -OLD.apps WHERE NOT (NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id)
    UNION ALL
    SELECT OLD.kind, 'M', date(OLD.day, 'start of month'), OLD.unit_id, -OLD.records, -OLD.records_new, -OLD.minutes, -OLD.minutes_new, -OLD.quantity, -OLD.people, -OLD.views, -OLD.apps WHERE NOT (NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id)
    ON CONFLICT (kind, grain, period_start, unit_id) DO UPDATE SET
        records = records + excluded.records,
        records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes,
        minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity,
        people = people + excluded.people,
        views = views + excluded.views,
        apps = apps + excluded.apps;
    INSERT INTO period_total (kind, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.kind, 'W', date(NEW.day, '-6 days', 'weekday 1'), NEW.unit_id, NEW.records, NEW.records_new, NEW.minutes, NEW.minutes_new, NEW.quantity, NEW.people, NEW.views, NEW.apps WHERE NOT (NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id)
    UNION ALL
    SELECT NEW.kind, 'M', date(NEW.day, 'start of month'), NEW.unit_id, NEW.records, NEW.records_new, NEW.minutes, NEW.minutes_new, NEW.quantity, NEW.people, NEW.views, NEW.apps WHERE NOT (NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id)
    ON CONFLICT (kind, grain, period_start, unit_id) DO UPDATE SET
        records = records + excluded.records,
        records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes,
        minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity,
        people = people + excluded.people,
        views = views + excluded.views,
        apps = apps + excluded.apps;
END;

CREATE TRIGGER daily_total_periods_delete AFTER DELETE ON daily_total
BEGIN
    INSERT INTO period_total (kind, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.kind, 'W', date(OLD.day, '-6 days', 'weekday 1'), OLD.unit_id, -OLD.records, -OLD.records_new, -OLD.minutes, -OLD.minutes_new, -OLD.quantity, -OLD.people, -OLD.views, -OLD.apps WHERE true
    UNION ALL
    SELECT OLD.kind, 'M', date(OLD.day, 'start of month'), OLD.unit_id, -OLD.records, -OLD.records_new, -OLD.minutes, -OLD.minutes_new, -OLD.quantity, -OLD.people, -OLD.views, -OLD.apps WHERE true
    ON CONFLICT (kind, grain, period_start, unit_id) DO UPDATE SET
        records = records + excluded.records,
        records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes,
        minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity,
        people = people + excluded.people,
        views = views + excluded.views,
        apps = apps + excluded.apps;
END;

INSERT INTO period_total (kind, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
SELECT kind, 'W', date(daily_total.day, '-6 days', 'weekday 1') AS period_start, unit_id, SUM(records), SUM(records_new), SUM(minutes), SUM(minutes_new), SUM(quantity), SUM(people), SUM(views), SUM(apps)
FROM daily_total GROUP BY kind, period_start, unit_id;

INSERT INTO period_total (kind, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
SELECT kind, 'M', date(daily_total.day, 'start of month') AS period_start, unit_id, SUM(records), SUM(records_new), SUM(minutes), SUM(minutes_new), SUM(quantity), SUM(people), SUM(views), SUM(apps)
FROM daily_total GROUP BY kind, period_start, unit_id;

CREATE TABLE period_detail_total (
    kind         TEXT NOT NULL,
    detail       TEXT NOT NULL,
    grain        TEXT NOT NULL,
    period_start TEXT NOT NULL,
    unit_id      TEXT NOT NULL,
    records      INTEGER NOT NULL DEFAULT 0,
    records_new  INTEGER NOT NULL DEFAULT 0,
    minutes      INTEGER NOT NULL DEFAULT 0,
    minutes_new  INTEGER NOT NULL DEFAULT 0,
    quantity     INTEGER NOT NULL DEFAULT 0,
    people       INTEGER NOT NULL DEFAULT 0,
    views        INTEGER NOT NULL DEFAULT 0,
    apps         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, detail, grain, period_start, unit_id)
) WITHOUT ROWID;

CREATE TRIGGER daily_detail_total_periods_insert AFTER INSERT ON daily_detail_total
BEGIN
    INSERT INTO period_detail_total (kind, detail, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.kind, NEW.detail, 'W', date(NEW.day, '-6 days', 'weekday 1'), NEW.unit_id, NEW.records, NEW.records_new, NEW.minutes, NEW.minutes_new, NEW.quantity, NEW.people, NEW.views, NEW.apps WHERE true
    UNION ALL
    SELECT NEW.kind, NEW.detail, 'M', date(NEW.day, 'start of month'), NEW.unit_id, NEW.records, NEW.records_new, NEW.minutes, NEW.minutes_new, NEW.quantity, NEW.people, NEW.views, NEW.apps WHERE true
    ON CONFLICT (kind, detail, grain, period_start, unit_id) DO UPDATE SET
        records = records + excluded.records,
        records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes,
        minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity,
        people = people + excluded.people,
        views = views + excluded.views,
        apps = apps + excluded.apps;
END;

CREATE TRIGGER daily_detail_total_periods_update AFTER UPDATE ON daily_detail_total
BEGIN
    INSERT INTO period_detail_total (kind, detail, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.kind, NEW.detail, 'W', date(NEW.day, '-6 days', 'weekday 1'), NEW.unit_id, NEW.records - OLD.records, NEW.records_new - OLD.records_new, NEW.minutes - OLD.minutes, NEW.minutes_new - OLD.minutes_new, NEW.quantity - OLD.quantity, NEW.people - OLD.people, NEW.views - OLD.views, NEW.apps - OLD.apps WHERE NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id AND NEW.detail = OLD.detail
    UNION ALL
    SELECT NEW.kind, NEW.detail, 'M', date(NEW.day, 'start of month'), NEW.unit_id, NEW.records - OLD.records, NEW.records_new - OLD.records_new, NEW.minutes - OLD.minutes, NEW.minutes_new - OLD.minutes_new, NEW.quantity - OLD.quantity, NEW.people - OLD.people, NEW.views - OLD.views, NEW.apps - OLD.apps WHERE NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id AND NEW.detail = OLD.detail
    ON CONFLICT (kind, detail, grain, period_start, unit_id) DO UPDATE SET
        records = records + excluded.records,
        records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes,
        minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity,
        people = people + excluded.people,
        views = views + excluded.views,
        apps = apps + excluded.apps;
    INSERT INTO period_detail_total (kind, detail, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.kind, OLD.detail, 'W', date(OLD.day, '-6 days', 'weekday 1'), OLD.unit_id, -OLD.records, -OLD.records_new, -OLD.minutes, -OLD.minutes_new, -OLD.quantity, -OLD.people, -OLD.views, -OLD.apps WHERE NOT (NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id AND NEW.detail = OLD.detail)
    UNION ALL
    SELECT OLD.kind, OLD.detail, 'M', date(OLD.day, 'start of month'), OLD.unit_id, -OLD.records, -OLD.records_new, -OLD.minutes, -OLD.minutes_new, -OLD.quantity, -OLD.people, -OLD.views, -OLD.apps WHERE NOT (NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id AND NEW.detail = OLD.detail)
    ON CONFLICT (kind, detail, grain, period_start, unit_id) DO UPDATE SET
        records = records + excluded.records,
        records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes,
        minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity,
        people = people + excluded.people,
        views = views + excluded.views,
        apps = apps + excluded.apps;
    INSERT INTO period_detail_total (kind, detail, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.kind, NEW.detail, 'W', date(NEW.day, '-6 days', 'weekday 1'), NEW.unit_id, NEW.records, NEW.records_new, NEW.minutes, NEW.minutes_new, NEW.quantity, NEW.people, NEW.views, NEW.apps WHERE NOT (NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id AND NEW.detail = OLD.detail)
    UNION ALL
    SELECT NEW.kind, NEW.detail, 'M', date(NEW.day, 'start of month'), NEW.unit_id, NEW.records, NEW.records_new, NEW.minutes, NEW.minutes_new, NEW.quantity, NEW.people, NEW.views, NEW.apps WHERE NOT (NEW.kind = OLD.kind AND NEW.day = OLD.day AND NEW.unit_id = OLD.unit_id AND NEW.detail = OLD.detail)
    ON CONFLICT (kind, detail, grain, period_start, unit_id) DO UPDATE SET
        records = records + excluded.records,
        records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes,
        minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity,
        people = people + excluded.people,
        views = views + excluded.views,
        apps = apps + excluded.apps;
END;

CREATE TRIGGER daily_detail_total_periods_delete AFTER DELETE ON daily_detail_total
BEGIN
    INSERT INTO period_detail_total (kind, detail, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.kind, OLD.detail, 'W', date(OLD.day, '-6 days', 'weekday 1'), OLD.unit_id, -OLD.records, -OLD.records_new, -OLD.minutes, -OLD.minutes_new, -OLD.quantity, -OLD.people, -OLD.views, -OLD.apps WHERE true
    UNION ALL
    SELECT OLD.kind, OLD.detail, 'M', date(OLD.day, 'start of month'), OLD.unit_id, -OLD.records, -OLD.records_new, -OLD.minutes, -OLD.minutes_new, -OLD.quantity, -OLD.people, -OLD.views, -OLD.apps WHERE true
    ON CONFLICT (kind, detail, grain, period_start, unit_id) DO UPDATE SET
        records = records + excluded.records,
        records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes,
        minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity,
        people = people + excluded.people,
        views = views + excluded.views,
        apps = apps + excluded.apps;
END;

INSERT INTO period_detail_total (kind, detail, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
SELECT kind, detail, 'W', date(daily_detail_total.day, '-6 days', 'weekday 1') AS period_start, unit_id, SUM(records), SUM(records_new), SUM(minutes), SUM(minutes_new), SUM(quantity), SUM(people), SUM(views), SUM(apps)
FROM daily_detail_total GROUP BY kind, detail, period_start, unit_id;

INSERT INTO period_detail_total (kind, detail, grain, period_start, unit_id, records, records_new, minutes, minutes_new, quantity, people, views, apps)
SELECT kind, detail, 'M', date(daily_detail_total.day, 'start of month') AS period_start, unit_id, SUM(records), SUM(records_new), SUM(minutes), SUM(minutes_new), SUM(quantity), SUM(people), SUM(views), SUM(apps)
FROM daily_detail_total GROUP BY kind, detail, period_start, unit_id;
