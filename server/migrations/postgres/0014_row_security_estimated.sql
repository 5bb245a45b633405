-- The wall of 0012, written so that PostgreSQL's planner can estimate it. Its qualifier
-- `atelier_walled_shop() IS NULL OR shop_id = atelier_walled_shop()` is one the planner guesses
-- passes under 1 % of a shop's rows, so a shop's newest page (`WHERE shop_id = $1 ORDER BY
-- created_at DESC LIMIT 25`) read all the shop's rows and sorted them rather than walk its index in
-- order: 5 ms instead of under 1 among 1,000,000 briefs (BENCHMARKS.md, "Many shops"). Asking
-- whether the connection is unwalled through a PL/pgSQL function, which the planner does not
-- inline and so estimates as an ordinary condition, gives back the index walk. What the policy
-- lets through is the same: a walled connection sees and writes only its shop's rows, an unwalled
-- one (the deployment's own work) every row.

CREATE FUNCTION atelier_unwalled() RETURNS BOOLEAN LANGUAGE plpgsql STABLE AS
$$ BEGIN RETURN atelier_walled_shop() IS NULL; END $$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['consultations', 'consultation_files', 'consultation_history',
        'consultation_notes', 'consultation_counts', 'outbox', 'outbox_attempts',
        'studio_setup_tokens', 'commission_links', 'commission_messages', 'commission_stages',
        'commission_files', 'commission_proposals', 'appointments', 'erasure_requests',
        'booking_settings', 'shop_storage', 'shop_files']
    LOOP
        EXECUTE format('DROP POLICY shop_wall ON %I', t);
        EXECUTE format('CREATE POLICY shop_wall ON %I '
            'USING (shop_id = atelier_walled_shop() OR atelier_unwalled()) '
            'WITH CHECK (shop_id = atelier_walled_shop() OR atelier_unwalled())', t);
    END LOOP;
END
$$;
