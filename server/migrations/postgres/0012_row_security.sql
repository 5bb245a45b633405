-- Row-level security: a second wall between shops, behind the store's own (every statement names
-- its shop). A connection working for one shop says so in the setting `atelier.shop` (the store
-- sets it for a shop's handle: for a read on the connection it takes, for a write in its
-- transaction); while it is set, every row of every shop-owned table that is not that shop's is
-- out of sight, and a row written for another shop is refused. A statement that forgot its
-- `WHERE shop_id` still sees only its own shop's rows. Without the setting (the deployment's own
-- work: migrations, claiming every shop's due deliveries in turn, the operator's commands) every
-- row is seen, as before.
--
-- The tables are the role's own, so the policies are FORCEd: otherwise their owner, the role the
-- server connects as, would pass by them. PostgreSQL never holds a superuser or a role with
-- BYPASSRLS to them: the server warns at start when it connects as one. Foreign keys' checks and
-- cascades pass by policies by design, so erasing a shop still erases everything of it.

CREATE FUNCTION atelier_walled_shop() RETURNS BIGINT LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('atelier.shop', true), '')::BIGINT $$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['consultations', 'consultation_files', 'consultation_history',
        'consultation_notes', 'consultation_counts', 'outbox', 'outbox_attempts',
        'studio_setup_tokens', 'commission_links', 'commission_messages', 'commission_stages',
        'commission_files', 'commission_proposals', 'appointments', 'erasure_requests',
        'booking_settings', 'shop_storage']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY shop_wall ON %I '
            'USING (atelier_walled_shop() IS NULL OR shop_id = atelier_walled_shop()) '
            'WITH CHECK (atelier_walled_shop() IS NULL OR shop_id = atelier_walled_shop())', t);
    END LOOP;
END
$$;
