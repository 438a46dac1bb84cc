-- Each year's National Digital Transformation Day (10/10) has its own theme and official slogans.
-- campaign_year is the year a slogan is official for; null keeps the slogans of before (the 2022
-- ones), official for any year that has none of its own. theme = 1 marks the year's theme, which is
-- kept with the slogans so that it travels down in packages with them, and is no banner's slogan.
ALTER TABLE slogan ADD COLUMN campaign_year INTEGER;
ALTER TABLE slogan ADD COLUMN theme INTEGER NOT NULL DEFAULT 0;
