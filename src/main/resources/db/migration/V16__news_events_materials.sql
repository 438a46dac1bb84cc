-- Three more kinds of activity the provinces' plans count (docs/decisions/0019): news items and posts
-- (tin bài), events (sự kiện) and printed materials and messages (tài liệu – tin nhắn), each kept in
-- the per-day totals and the search index by triggers like the first three (V2, V10, V14); the lists
-- of channels and types offices add to; team sessions' installed accounts and apps become a measure.
-- The blocks per kind are alike on purpose (and alike to store.ActivityTable's amounts): change them
-- together.

CREATE TABLE news_item (
    id           TEXT PRIMARY KEY,
    unit_id      TEXT NOT NULL REFERENCES unit (id),
    published_on TEXT NOT NULL,
    title        TEXT NOT NULL,
    channel      TEXT NOT NULL,
    link         TEXT NOT NULL DEFAULT '',
    views        INTEGER CHECK (views IS NULL OR views >= 0),
    topic        TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX news_item_unit_day ON news_item (unit_id, published_on);
CREATE INDEX news_item_day ON news_item (published_on);
CREATE INDEX news_item_updated ON news_item (updated_at);

CREATE TABLE outreach_event (
    id           TEXT PRIMARY KEY,
    unit_id      TEXT NOT NULL REFERENCES unit (id),
    starts_on    TEXT NOT NULL,
    ends_on      TEXT NOT NULL,
    name         TEXT NOT NULL,
    type         TEXT NOT NULL,
    organiser    TEXT NOT NULL DEFAULT '',
    participants INTEGER NOT NULL CHECK (participants >= 0),
    location     TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX outreach_event_unit_day ON outreach_event (unit_id, starts_on);
CREATE INDEX outreach_event_day ON outreach_event (starts_on);
CREATE INDEX outreach_event_updated ON outreach_event (updated_at);

CREATE TABLE material (
    id           TEXT PRIMARY KEY,
    unit_id      TEXT NOT NULL REFERENCES unit (id),
    made_on      TEXT NOT NULL,
    type         TEXT NOT NULL,
    title        TEXT NOT NULL,
    quantity     INTEGER NOT NULL CHECK (quantity >= 1),
    note         TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX material_unit_day ON material (unit_id, made_on);
CREATE INDEX material_day ON material (made_on);
CREATE INDEX material_updated ON material (updated_at);

-- Values an office added to a list (a channel, an event type, a material type); the shipped values
-- are the application's (domain.ChoiceList).
CREATE TABLE choice_value (
    id         TEXT PRIMARY KEY,
    unit_id    TEXT NOT NULL REFERENCES unit (id),
    list       TEXT NOT NULL CHECK (list IN ('NEWS_CHANNEL', 'EVENT_TYPE', 'MATERIAL_TYPE')),
    value      TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX choice_value_updated ON choice_value (updated_at);

-- Two more total columns: views of news items, accounts and apps installed by team sessions.
ALTER TABLE daily_total ADD COLUMN views INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_total ADD COLUMN apps INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_detail_total ADD COLUMN views INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_detail_total ADD COLUMN apps INTEGER NOT NULL DEFAULT 0;

-- team sessions: the triggers of V2 and V14 again, now adding the apps installed
DROP TRIGGER team_session_daily_insert;
DROP TRIGGER team_session_daily_update;
DROP TRIGGER team_session_daily_delete;
DROP TRIGGER team_session_detail_insert;
DROP TRIGGER team_session_detail_update;
DROP TRIGGER team_session_detail_delete;

CREATE TRIGGER team_session_daily_insert AFTER INSERT ON team_session
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.held_on, 'S', 1, 0, 0, 0, 0, NEW.people_helped, 0, NEW.apps_installed
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER team_session_daily_update AFTER UPDATE ON team_session
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.held_on, 'S', -(1), -(0), -(0), -(0), -(0), -(OLD.people_helped), -(0), -(OLD.apps_installed)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.held_on, 'S', 1, 0, 0, 0, 0, NEW.people_helped, 0, NEW.apps_installed
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER team_session_daily_delete AFTER DELETE ON team_session
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.held_on, 'S', -(1), -(0), -(0), -(0), -(0), -(OLD.people_helped), -(0), -(OLD.apps_installed)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER team_session_detail_insert AFTER INSERT ON team_session
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.held_on, 'S', NEW.support_topic, 1, 0, 0, 0, 0, NEW.people_helped, 0, NEW.apps_installed
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER team_session_detail_update AFTER UPDATE ON team_session
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.held_on, 'S', OLD.support_topic, -(1), -(0), -(0), -(0), -(0), -(OLD.people_helped), -(0), -(OLD.apps_installed)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.held_on, 'S', NEW.support_topic, 1, 0, 0, 0, 0, NEW.people_helped, 0, NEW.apps_installed
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER team_session_detail_delete AFTER DELETE ON team_session
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.held_on, 'S', OLD.support_topic, -(1), -(0), -(0), -(0), -(0), -(OLD.people_helped), -(0), -(OLD.apps_installed)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

UPDATE daily_total SET apps = coalesce((SELECT SUM(s.apps_installed) FROM team_session s
    WHERE s.deleted = 0 AND s.unit_id = daily_total.unit_id AND s.held_on = daily_total.day), 0)
 WHERE kind = 'S';
UPDATE daily_detail_total SET apps = coalesce((SELECT SUM(s.apps_installed) FROM team_session s
    WHERE s.deleted = 0 AND s.unit_id = daily_detail_total.unit_id AND s.held_on = daily_detail_total.day
      AND s.support_topic = daily_detail_total.detail), 0)
 WHERE kind = 'S';

-- news_item: totals

CREATE TRIGGER news_item_daily_insert AFTER INSERT ON news_item
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.published_on, 'N', 1, 0, 0, 0, 0, 0, coalesce(NEW.views, 0), 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER news_item_daily_update AFTER UPDATE ON news_item
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.published_on, 'N', -(1), -(0), -(0), -(0), -(0), -(0), -(coalesce(OLD.views, 0)), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.published_on, 'N', 1, 0, 0, 0, 0, 0, coalesce(NEW.views, 0), 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER news_item_daily_delete AFTER DELETE ON news_item
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.published_on, 'N', -(1), -(0), -(0), -(0), -(0), -(0), -(coalesce(OLD.views, 0)), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
SELECT unit_id, published_on, 'N', SUM(1), SUM(0), SUM(0), SUM(0), SUM(0), SUM(0), SUM(coalesce(news_item.views, 0)), SUM(0)
FROM news_item WHERE deleted = 0 GROUP BY unit_id, published_on;

CREATE TRIGGER news_item_detail_insert AFTER INSERT ON news_item
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.published_on, 'N', NEW.channel, 1, 0, 0, 0, 0, 0, coalesce(NEW.views, 0), 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER news_item_detail_update AFTER UPDATE ON news_item
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.published_on, 'N', OLD.channel, -(1), -(0), -(0), -(0), -(0), -(0), -(coalesce(OLD.views, 0)), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.published_on, 'N', NEW.channel, 1, 0, 0, 0, 0, 0, coalesce(NEW.views, 0), 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER news_item_detail_delete AFTER DELETE ON news_item
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.published_on, 'N', OLD.channel, -(1), -(0), -(0), -(0), -(0), -(0), -(coalesce(OLD.views, 0)), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
SELECT unit_id, published_on, 'N', channel, SUM(1), SUM(0), SUM(0), SUM(0), SUM(0), SUM(0), SUM(coalesce(news_item.views, 0)), SUM(0)
FROM news_item WHERE deleted = 0 GROUP BY unit_id, published_on, channel;

CREATE VIRTUAL TABLE news_item_search USING fts5(text, content = '', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER news_item_search_insert AFTER INSERT ON news_item BEGIN
    INSERT INTO news_item_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.title, '') || ' ' || coalesce(NEW.channel, '') || ' ' || coalesce(NEW.topic, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER news_item_search_update AFTER UPDATE OF title, channel, topic, note ON news_item BEGIN
    INSERT INTO news_item_search (news_item_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.title, '') || ' ' || coalesce(OLD.channel, '') || ' ' || coalesce(OLD.topic, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
    INSERT INTO news_item_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.title, '') || ' ' || coalesce(NEW.channel, '') || ' ' || coalesce(NEW.topic, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER news_item_search_delete AFTER DELETE ON news_item BEGIN
    INSERT INTO news_item_search (news_item_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.title, '') || ' ' || coalesce(OLD.channel, '') || ' ' || coalesce(OLD.topic, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;

-- outreach_event: totals

CREATE TRIGGER outreach_event_daily_insert AFTER INSERT ON outreach_event
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.starts_on, 'E', 1, 0, 0, 0, 0, NEW.participants, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER outreach_event_daily_update AFTER UPDATE ON outreach_event
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.starts_on, 'E', -(1), -(0), -(0), -(0), -(0), -(OLD.participants), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.starts_on, 'E', 1, 0, 0, 0, 0, NEW.participants, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER outreach_event_daily_delete AFTER DELETE ON outreach_event
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.starts_on, 'E', -(1), -(0), -(0), -(0), -(0), -(OLD.participants), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
SELECT unit_id, starts_on, 'E', SUM(1), SUM(0), SUM(0), SUM(0), SUM(0), SUM(outreach_event.participants), SUM(0), SUM(0)
FROM outreach_event WHERE deleted = 0 GROUP BY unit_id, starts_on;

CREATE TRIGGER outreach_event_detail_insert AFTER INSERT ON outreach_event
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.starts_on, 'E', NEW.type, 1, 0, 0, 0, 0, NEW.participants, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER outreach_event_detail_update AFTER UPDATE ON outreach_event
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.starts_on, 'E', OLD.type, -(1), -(0), -(0), -(0), -(0), -(OLD.participants), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.starts_on, 'E', NEW.type, 1, 0, 0, 0, 0, NEW.participants, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER outreach_event_detail_delete AFTER DELETE ON outreach_event
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.starts_on, 'E', OLD.type, -(1), -(0), -(0), -(0), -(0), -(OLD.participants), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
SELECT unit_id, starts_on, 'E', type, SUM(1), SUM(0), SUM(0), SUM(0), SUM(0), SUM(outreach_event.participants), SUM(0), SUM(0)
FROM outreach_event WHERE deleted = 0 GROUP BY unit_id, starts_on, type;

CREATE VIRTUAL TABLE outreach_event_search USING fts5(text, content = '', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER outreach_event_search_insert AFTER INSERT ON outreach_event BEGIN
    INSERT INTO outreach_event_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.name, '') || ' ' || coalesce(NEW.type, '') || ' ' || coalesce(NEW.organiser, '') || ' ' || coalesce(NEW.location, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER outreach_event_search_update AFTER UPDATE OF name, type, organiser, location, note ON outreach_event BEGIN
    INSERT INTO outreach_event_search (outreach_event_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.name, '') || ' ' || coalesce(OLD.type, '') || ' ' || coalesce(OLD.organiser, '') || ' ' || coalesce(OLD.location, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
    INSERT INTO outreach_event_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.name, '') || ' ' || coalesce(NEW.type, '') || ' ' || coalesce(NEW.organiser, '') || ' ' || coalesce(NEW.location, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER outreach_event_search_delete AFTER DELETE ON outreach_event BEGIN
    INSERT INTO outreach_event_search (outreach_event_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.name, '') || ' ' || coalesce(OLD.type, '') || ' ' || coalesce(OLD.organiser, '') || ' ' || coalesce(OLD.location, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;

-- material: totals

CREATE TRIGGER material_daily_insert AFTER INSERT ON material
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.made_on, 'M', 1, 0, 0, 0, NEW.quantity, 0, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER material_daily_update AFTER UPDATE ON material
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.made_on, 'M', -(1), -(0), -(0), -(0), -(OLD.quantity), -(0), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.made_on, 'M', 1, 0, 0, 0, NEW.quantity, 0, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER material_daily_delete AFTER DELETE ON material
BEGIN
    INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.made_on, 'M', -(1), -(0), -(0), -(0), -(OLD.quantity), -(0), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

INSERT INTO daily_total (unit_id, day, kind, records, records_new, minutes, minutes_new, quantity, people, views, apps)
SELECT unit_id, made_on, 'M', SUM(1), SUM(0), SUM(0), SUM(0), SUM(material.quantity), SUM(0), SUM(0), SUM(0)
FROM material WHERE deleted = 0 GROUP BY unit_id, made_on;

CREATE TRIGGER material_detail_insert AFTER INSERT ON material
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.made_on, 'M', NEW.type, 1, 0, 0, 0, NEW.quantity, 0, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER material_detail_update AFTER UPDATE ON material
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.made_on, 'M', OLD.type, -(1), -(0), -(0), -(0), -(OLD.quantity), -(0), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT NEW.unit_id, NEW.made_on, 'M', NEW.type, 1, 0, 0, 0, NEW.quantity, 0, 0, 0
    WHERE NEW.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

CREATE TRIGGER material_detail_delete AFTER DELETE ON material
BEGIN
    INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
    SELECT OLD.unit_id, OLD.made_on, 'M', OLD.type, -(1), -(0), -(0), -(0), -(OLD.quantity), -(0), -(0), -(0)
    WHERE OLD.deleted = 0
    ON CONFLICT (kind, detail, day, unit_id) DO UPDATE SET
        records = records + excluded.records, records_new = records_new + excluded.records_new,
        minutes = minutes + excluded.minutes, minutes_new = minutes_new + excluded.minutes_new,
        quantity = quantity + excluded.quantity, people = people + excluded.people,
        views = views + excluded.views, apps = apps + excluded.apps;
END;

INSERT INTO daily_detail_total (unit_id, day, kind, detail, records, records_new, minutes, minutes_new, quantity, people, views, apps)
SELECT unit_id, made_on, 'M', type, SUM(1), SUM(0), SUM(0), SUM(0), SUM(material.quantity), SUM(0), SUM(0), SUM(0)
FROM material WHERE deleted = 0 GROUP BY unit_id, made_on, type;

CREATE VIRTUAL TABLE material_search USING fts5(text, content = '', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER material_search_insert AFTER INSERT ON material BEGIN
    INSERT INTO material_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.type, '') || ' ' || coalesce(NEW.title, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER material_search_update AFTER UPDATE OF type, title, note ON material BEGIN
    INSERT INTO material_search (material_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.type, '') || ' ' || coalesce(OLD.title, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
    INSERT INTO material_search (rowid, text) VALUES (NEW.rowid, replace(replace(coalesce(NEW.type, '') || ' ' || coalesce(NEW.title, '') || ' ' || coalesce(NEW.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER material_search_delete AFTER DELETE ON material BEGIN
    INSERT INTO material_search (material_search, rowid, text) VALUES ('delete', OLD.rowid, replace(replace(coalesce(OLD.type, '') || ' ' || coalesce(OLD.title, '') || ' ' || coalesce(OLD.note, ''), 'đ', 'd'), 'Đ', 'D'));
END;

-- Targets may count the new kinds and measures, and filter on a channel or type (filter_choice).
-- SQLite cannot change a CHECK: the table is made again with the same rows.
CREATE TABLE target_v16 (
    id                   TEXT PRIMARY KEY,
    unit_id              TEXT NOT NULL REFERENCES unit (id),
    plan_id              TEXT NOT NULL REFERENCES plan (id),
    code                 TEXT NOT NULL,
    name                 TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('BROADCAST', 'BANNER', 'TEAM_SESSION', 'NEWS', 'EVENT', 'MATERIAL')),
    measure              TEXT NOT NULL CHECK (measure IN ('COUNT', 'MINUTES', 'QUANTITY', 'PEOPLE', 'APPS', 'VIEWS', 'PARTICIPANTS')),
    cadence              TEXT NOT NULL CHECK (cadence IN ('WEEK', 'MONTH', 'QUARTER', 'YEAR', 'PERIOD')),
    value                INTEGER NOT NULL CHECK (value >= 0),
    scope                TEXT NOT NULL CHECK (scope IN ('EACH', 'WHOLE')),
    scope_level          INTEGER,
    window_from          TEXT,
    window_to            TEXT,
    filter_new_only      INTEGER NOT NULL DEFAULT 0,
    filter_unit_level    INTEGER,
    filter_topic         TEXT,
    filter_banner_kind   TEXT,
    filter_session_topic TEXT,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    deleted              INTEGER NOT NULL DEFAULT 0,
    repeats_yearly       INTEGER NOT NULL DEFAULT 0,
    filter_choice        TEXT
);
INSERT INTO target_v16 (id, unit_id, plan_id, code, name, kind, measure, cadence, value, scope, scope_level,
        window_from, window_to, filter_new_only, filter_unit_level, filter_topic, filter_banner_kind,
        filter_session_topic, created_at, updated_at, deleted, repeats_yearly)
SELECT id, unit_id, plan_id, code, name, kind, measure, cadence, value, scope, scope_level,
        window_from, window_to, filter_new_only, filter_unit_level, filter_topic, filter_banner_kind,
        filter_session_topic, created_at, updated_at, deleted, repeats_yearly
FROM target;
DROP TABLE target;
ALTER TABLE target_v16 RENAME TO target;
CREATE INDEX target_plan ON target (plan_id);

-- Evidence may prove a record of any kind.
CREATE TABLE evidence_v16 (
    id          TEXT PRIMARY KEY,
    unit_id     TEXT NOT NULL REFERENCES unit (id),
    record_id   TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('BROADCAST', 'BANNER', 'TEAM_SESSION', 'NEWS', 'EVENT', 'MATERIAL')),
    sha256      TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO evidence_v16 (id, unit_id, record_id, record_kind, sha256, file_name, media_type, size_bytes, created_at,
        updated_at, deleted)
SELECT id, unit_id, record_id, record_kind, sha256, file_name, media_type, size_bytes, created_at, updated_at, deleted
FROM evidence;
DROP TABLE evidence;
ALTER TABLE evidence_v16 RENAME TO evidence;
CREATE INDEX evidence_record ON evidence (record_id);
