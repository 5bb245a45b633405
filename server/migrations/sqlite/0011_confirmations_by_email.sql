-- The confirmations a visitor's address had in the last day are counted on every brief sent
-- (`confirmations_per_recipient_per_day`). Without an index, that count read every brief of the
-- day, so each brief took longer than the one before: on a busy day, or under a flood of briefs,
-- sending slowed as the table grew (a benchmark's 16 connections: 254 briefs/s, and falling).
CREATE INDEX consultations_by_email ON consultations (lower(email), created_at);
