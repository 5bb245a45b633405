-- Announces every new delivery on the channel `atelier_outbox`, so the delivery worker of every
-- server process sharing this database wakes at once (the notification is sent when the
-- transaction that queued the row commits, and never if it rolls back). SQLite has no such
-- thing and needs none: one process stores and delivers.
CREATE FUNCTION outbox_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('atelier_outbox', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_announced AFTER INSERT ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_announce();
