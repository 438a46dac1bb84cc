-- Search in the activity tables without diacritics ("lua dao" finds "lừa đảo") and without
-- reading every row: a full-text index per table, kept by triggers on every write path like the
-- daily totals. The unicode61 tokenizer folds the Vietnamese marks (ư, ơ, ă, â, ê, ô and the tones);
-- đ is a letter of its own to it, so the text is indexed with đ written d, and queries fold the same
-- way. The index holds no copy of the text (content=''); its rowids are the activity rows' rowids,
-- which upserts keep (ON CONFLICT DO UPDATE) and nothing here renumbers (no VACUUM).
-- The three blocks are alike on purpose: change them together.

CREATE VIRTUAL TABLE broadcast_search USING fts5(text, content = '', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO broadcast_search (rowid, text)
SELECT rowid, replace(replace(coalesce(program_title, '') || ' ' || coalesce(topic, '') || ' ' || coalesce(note, ''), 'đ', 'd'), 'Đ', 'D') FROM broadcast;
CREATE TRIGGER broadcast_search_insert AFTER INSERT ON broadcast BEGIN
    INSERT INTO broadcast_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.program_title, '') || ' ' || coalesce(NEW.topic, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER broadcast_search_update AFTER UPDATE OF program_title, topic, note ON broadcast BEGIN
    INSERT INTO broadcast_search (broadcast_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.program_title, '') || ' ' || coalesce(OLD.topic, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
    INSERT INTO broadcast_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.program_title, '') || ' ' || coalesce(NEW.topic, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER broadcast_search_delete AFTER DELETE ON broadcast BEGIN
    INSERT INTO broadcast_search (broadcast_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.program_title, '') || ' ' || coalesce(OLD.topic, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;

CREATE VIRTUAL TABLE banner_search USING fts5(text, content = '', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO banner_search (rowid, text)
SELECT rowid, replace(replace(coalesce(slogan, '') || ' ' || coalesce(location, '') || ' ' || coalesce(note, ''), 'đ', 'd'), 'Đ', 'D') FROM banner;
CREATE TRIGGER banner_search_insert AFTER INSERT ON banner BEGIN
    INSERT INTO banner_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.slogan, '') || ' ' || coalesce(NEW.location, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER banner_search_update AFTER UPDATE OF slogan, location, note ON banner BEGIN
    INSERT INTO banner_search (banner_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.slogan, '') || ' ' || coalesce(OLD.location, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
    INSERT INTO banner_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.slogan, '') || ' ' || coalesce(NEW.location, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER banner_search_delete AFTER DELETE ON banner BEGIN
    INSERT INTO banner_search (banner_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.slogan, '') || ' ' || coalesce(OLD.location, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;

CREATE VIRTUAL TABLE team_session_search USING fts5(text, content = '', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO team_session_search (rowid, text)
SELECT rowid, replace(replace(coalesce(support_topic, '') || ' ' || coalesce(location, '') || ' ' || coalesce(note, ''), 'đ', 'd'), 'Đ', 'D') FROM team_session;
CREATE TRIGGER team_session_search_insert AFTER INSERT ON team_session BEGIN
    INSERT INTO team_session_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.support_topic, '') || ' ' || coalesce(NEW.location, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER team_session_search_update AFTER UPDATE OF support_topic, location, note ON team_session BEGIN
    INSERT INTO team_session_search (team_session_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.support_topic, '') || ' ' || coalesce(OLD.location, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
    INSERT INTO team_session_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.support_topic, '') || ' ' || coalesce(NEW.location, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER team_session_search_delete AFTER DELETE ON team_session BEGIN
    INSERT INTO team_session_search (team_session_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.support_topic, '') || ' ' || coalesce(OLD.location, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
