-- The report deadlines of a plan (hạn báo cáo): the seeds' reports by default — the National Digital
-- Transformation Day report (01–10/10, due 20/10), the six-month report (due 15/6) and the annual
-- report (due 15/12) for every year of the plan — and any the office adds. A blank name means the
-- report type's standard name. submitted_on is the day the office sent the report, if it has.
-- Like every record: an id, the unit it belongs to (the plan's), times and a tombstone flag.

CREATE TABLE report_deadline (
    id           TEXT PRIMARY KEY,
    unit_id      TEXT NOT NULL REFERENCES unit (id),
    plan_id      TEXT NOT NULL REFERENCES plan (id),
    type         TEXT NOT NULL CHECK (type IN ('EVENT', 'HALF_YEAR', 'YEAR', 'CUSTOM')),
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
CREATE INDEX report_deadline_plan ON report_deadline (plan_id, due_on);
CREATE INDEX report_deadline_updated ON report_deadline (updated_at);
