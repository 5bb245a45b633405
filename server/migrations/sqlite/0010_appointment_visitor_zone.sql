-- The visitor's IANA time zone as their browser named it when they booked or moved (checked
-- against the time-zone database, else NULL): their invitation gives the time there first.
-- Appointments from before it, and those only the studio touched, have none and read as UTC.
ALTER TABLE appointments ADD COLUMN visitor_time_zone TEXT;
