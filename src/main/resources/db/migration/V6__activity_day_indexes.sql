-- Activity tables list the newest records first (LIMIT); an index on the date alone lets
-- SQLite walk it backwards and stop early, as broadcast_day already does for broadcasts.
CREATE INDEX IF NOT EXISTS banner_day ON banner (hung_on);
CREATE INDEX IF NOT EXISTS team_session_day ON team_session (held_on);
