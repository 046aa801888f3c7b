-- What the article reader finds on a real page besides title, outlet, date and URL (issue 17).
ALTER TABLE articles ADD COLUMN byline TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN updated TEXT;                        -- ISO date of the page's last update, or NULL
ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN captions TEXT NOT NULL DEFAULT '[]'; -- JSON [[start, end], ...] into text
