-- Who entered an activity (the "Người nhập liệu" of Cài đặt), printed under the evidence of the
-- dossier. Records made before this column was added stay blank: nobody can tell who made them.
ALTER TABLE broadcast ADD COLUMN recorded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE banner ADD COLUMN recorded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE team_session ADD COLUMN recorded_by TEXT NOT NULL DEFAULT '';
