-- As SQLite's 0010: the visitor's IANA time zone (checked, else NULL, read as UTC), so their
-- invitation gives the time in their zone first.
ALTER TABLE appointments ADD COLUMN visitor_time_zone TEXT;
