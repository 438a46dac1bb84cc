-- Targets filtered by a topic (a free-text field compared in Java) cannot use the kept daily
-- totals: their first evaluation reads every broadcast or session of the window. An index holding
-- every column that read needs lets SQLite answer from the index alone, already in day order
-- (on a province of 1M broadcasts: 0.85 s -> 0.3 s per filtered target). Leading with the day,
-- it also serves the newest-first listings the day-only indexes served, so it replaces them.
CREATE INDEX IF NOT EXISTS broadcast_day_topic
    ON broadcast (aired_on, unit_id, topic, production, minutes, deleted);
DROP INDEX IF EXISTS broadcast_day;

CREATE INDEX IF NOT EXISTS team_session_day_topic
    ON team_session (held_on, unit_id, support_topic, people_helped, deleted);
DROP INDEX IF EXISTS team_session_day;
