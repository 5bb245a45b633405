-- Keeps SQLite's 0011: the day's confirmations per visitor address, counted on every brief sent,
-- read from an index instead of every brief of the day.
CREATE INDEX consultations_by_email ON consultations (lower(email), created_at);
