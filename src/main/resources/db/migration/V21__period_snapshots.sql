-- Each unit's whole-week and whole-month totals of a kind, read as one row (decision 0028). A first
-- evaluation after start read ~340,000 rows of period_total / period_detail_total at province scale;
-- it now reads a few hundred blobs, each the periods of one unit, kind, filter value and grain.
--
-- totals_epoch holds, per kind and unit, a random number drawn again whenever a kept daily total of the
-- unit and kind changes (the period tables are only ever written from the daily ones, by V18's
-- triggers). A snapshot is valid while its epoch equals the unit's: a changed unit is read again from
-- the period tables, the others are not. The number is random rather than counted so that a value
-- drawn in a transaction that is rolled back is never drawn again for other totals.
-- The snapshots are derived data: dropping any of them loses nothing. The triggers of the two daily tables
-- are alike on purpose (SQL has no way to share them).

CREATE TABLE totals_epoch (
    kind    TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    epoch   INTEGER NOT NULL,
    PRIMARY KEY (kind, unit_id)
) WITHOUT ROWID;

CREATE TABLE period_snapshot (
    kind    TEXT NOT NULL,
    detail  TEXT NOT NULL, -- '' for every record of the kind
    grain   TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    epoch   INTEGER NOT NULL,
    data    BLOB NOT NULL,
    PRIMARY KEY (kind, detail, grain, unit_id)
);

-- every unit and kind with kept totals, read off the month rows (each daily row is in exactly one of
-- them): a province's daily tables hold 1.5 million rows, its month rows a tenth of that
INSERT INTO totals_epoch (kind, unit_id, epoch)
SELECT kind, unit_id, random() FROM (
    SELECT kind, unit_id FROM period_total WHERE grain = 'M'
    UNION
    SELECT kind, unit_id FROM period_detail_total WHERE grain = 'M'
) WHERE true
ON CONFLICT (kind, unit_id) DO NOTHING;

CREATE TRIGGER daily_total_epoch_insert AFTER INSERT ON daily_total
BEGIN
    INSERT INTO totals_epoch (kind, unit_id, epoch) VALUES (NEW.kind, NEW.unit_id, random())
    ON CONFLICT (kind, unit_id) DO UPDATE SET epoch = excluded.epoch;
END;

CREATE TRIGGER daily_total_epoch_update AFTER UPDATE ON daily_total
BEGIN
    INSERT INTO totals_epoch (kind, unit_id, epoch) VALUES (NEW.kind, NEW.unit_id, random())
    ON CONFLICT (kind, unit_id) DO UPDATE SET epoch = excluded.epoch;
    INSERT INTO totals_epoch (kind, unit_id, epoch) SELECT OLD.kind, OLD.unit_id, random()
    WHERE OLD.kind <> NEW.kind OR OLD.unit_id <> NEW.unit_id
    ON CONFLICT (kind, unit_id) DO UPDATE SET epoch = excluded.epoch;
END;

CREATE TRIGGER daily_total_epoch_delete AFTER DELETE ON daily_total
BEGIN
    INSERT INTO totals_epoch (kind, unit_id, epoch) VALUES (OLD.kind, OLD.unit_id, random())
    ON CONFLICT (kind, unit_id) DO UPDATE SET epoch = excluded.epoch;
END;

CREATE TRIGGER daily_detail_total_epoch_insert AFTER INSERT ON daily_detail_total
BEGIN
    INSERT INTO totals_epoch (kind, unit_id, epoch) VALUES (NEW.kind, NEW.unit_id, random())
    ON CONFLICT (kind, unit_id) DO UPDATE SET epoch = excluded.epoch;
END;

CREATE TRIGGER daily_detail_total_epoch_update AFTER UPDATE ON daily_detail_total
BEGIN
    INSERT INTO totals_epoch (kind, unit_id, epoch) VALUES (NEW.kind, NEW.unit_id, random())
    ON CONFLICT (kind, unit_id) DO UPDATE SET epoch = excluded.epoch;
    INSERT INTO totals_epoch (kind, unit_id, epoch) SELECT OLD.kind, OLD.unit_id, random()
    WHERE OLD.kind <> NEW.kind OR OLD.unit_id <> NEW.unit_id
    ON CONFLICT (kind, unit_id) DO UPDATE SET epoch = excluded.epoch;
END;

CREATE TRIGGER daily_detail_total_epoch_delete AFTER DELETE ON daily_detail_total
BEGIN
    INSERT INTO totals_epoch (kind, unit_id, epoch) VALUES (OLD.kind, OLD.unit_id, random())
    ON CONFLICT (kind, unit_id) DO UPDATE SET epoch = excluded.epoch;
END;
