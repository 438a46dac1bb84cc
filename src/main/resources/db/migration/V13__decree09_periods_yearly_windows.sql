-- Decree 09/2019/NĐ-CP, Art. 12 cuts figures off on the 14th: the six-month report covers 15/12 of
-- the year before to 14/6, the annual report 15/12 of the year before to 14/12. The seeds' default
-- deadlines were stored with calendar periods; those nobody edited (still dated at the epoch) move
-- to the Decree's periods. Deadlines an office changed keep what it chose.
UPDATE report_deadline
   SET period_from = printf('%04d-12-15', CAST(substr(period_from, 1, 4) AS INTEGER) - 1),
       period_to   = substr(period_to, 1, 4) || '-06-14'
 WHERE type = 'HALF_YEAR' AND updated_at = 0
   AND substr(period_from, 5) = '-01-01' AND substr(period_to, 5) = '-06-30';

UPDATE report_deadline
   SET period_from = printf('%04d-12-15', CAST(substr(period_from, 1, 4) AS INTEGER) - 1),
       period_to   = substr(period_to, 1, 4) || '-12-14'
 WHERE type = 'YEAR' AND updated_at = 0
   AND substr(period_from, 5) = '-01-01' AND substr(period_to, 5) = '-12-31';

-- A target's window may repeat every year of the plan (the 10/10 campaign, 01/10–10/10): window_from
-- and window_to then give the first year's window, and each year of the plan is a window of its own.
ALTER TABLE target ADD COLUMN repeats_yearly INTEGER NOT NULL DEFAULT 0;
