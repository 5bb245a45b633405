-- Whose turn it is in each brief's conversation (core's `Turn`), kept by triggers so the studio's
-- inbox can show it and filter by it through an index while it pages by keyset, without a query
-- per row. A brief starts as the visitor's word the jeweler has not answered.
--
-- The jeweler's word: a message or a proposal. The visitor's word: a message or an answer to a
-- proposal; it is `visitor_replied` once the jeweler has spoken, `awaiting_reply` until then.

ALTER TABLE consultations ADD COLUMN turn TEXT NOT NULL DEFAULT 'awaiting_reply'
    CHECK (turn IN ('visitor_replied', 'awaiting_reply', 'with_visitor'));

UPDATE consultations SET turn = 'with_visitor'
WHERE id IN (SELECT consultation_id FROM commission_messages WHERE author = 'jeweler'
             UNION SELECT consultation_id FROM commission_proposals);

CREATE INDEX consultations_by_turn ON consultations (turn, created_at, id);

CREATE TRIGGER commission_turn_message AFTER INSERT ON commission_messages BEGIN
    UPDATE consultations SET turn = CASE
        WHEN new.author = 'jeweler' THEN 'with_visitor'
        WHEN turn = 'awaiting_reply' THEN 'awaiting_reply'
        ELSE 'visitor_replied' END
    WHERE id = new.consultation_id;
END;

CREATE TRIGGER commission_turn_proposal AFTER INSERT ON commission_proposals BEGIN
    UPDATE consultations SET turn = 'with_visitor' WHERE id = new.consultation_id;
END;

CREATE TRIGGER commission_turn_answer AFTER UPDATE OF answer ON commission_proposals
WHEN old.answer IS NULL AND new.answer IS NOT NULL BEGIN
    UPDATE consultations SET turn = CASE
        WHEN turn = 'awaiting_reply' THEN 'awaiting_reply'
        ELSE 'visitor_replied' END
    WHERE id = new.consultation_id;
END;
