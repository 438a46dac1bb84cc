-- Monthly and quarterly reports (báo cáo tháng, báo cáo quý) are report deadlines of their own types,
-- one row per month or quarter of a plan (docs/decisions/0016-recurring-monthly-and-quarterly-reports.md).
-- SQLite cannot change a CHECK constraint, so the table is rebuilt with the same columns and rows.
-- No table refers to report_deadline.

CREATE TABLE report_deadline_new (
    id           TEXT PRIMARY KEY,
    unit_id      TEXT NOT NULL REFERENCES unit (id),
    plan_id      TEXT NOT NULL REFERENCES plan (id),
    type         TEXT NOT NULL CHECK (type IN ('EVENT', 'HALF_YEAR', 'YEAR', 'MONTHLY', 'QUARTERLY', 'CUSTOM')),
    name         TEXT NOT NULL DEFAULT '',
    period_from  TEXT NOT NULL,
    period_to    TEXT NOT NULL,
    due_on       TEXT NOT NULL,
    submitted_on TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    CHECK (period_from <= period_to),
    CHECK (due_on >= period_from)
);
INSERT INTO report_deadline_new (id, unit_id, plan_id, type, name, period_from, period_to, due_on, submitted_on,
                                 created_at, updated_at, deleted)
SELECT id, unit_id, plan_id, type, name, period_from, period_to, due_on, submitted_on, created_at, updated_at, deleted
FROM report_deadline;
DROP TABLE report_deadline;
ALTER TABLE report_deadline_new RENAME TO report_deadline;
CREATE INDEX report_deadline_plan ON report_deadline (plan_id, due_on);
CREATE INDEX report_deadline_updated ON report_deadline (updated_at);
