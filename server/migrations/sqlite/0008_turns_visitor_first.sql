-- Whose turn it is, by the last word alone: the visitor's last word (a message or an answer to a
-- proposal) is `visitor_replied` whether or not the jeweler wrote before, so a visitor who writes
-- first shows as having written. `awaiting_reply` is left for a brief with no word after it yet
-- (the brief itself is the visitor's last word); the inbox's "awaiting your reply" filter takes
-- both. The jeweler's last word (a message or a proposal) is `with_visitor`.

DROP TRIGGER commission_turn_message;
DROP TRIGGER commission_turn_proposal;
DROP TRIGGER commission_turn_answer;

CREATE TRIGGER commission_turn_message AFTER INSERT ON commission_messages BEGIN
    UPDATE consultations SET turn = CASE
        WHEN new.author = 'jeweler' THEN 'with_visitor'
        ELSE 'visitor_replied' END
    WHERE id = new.consultation_id;
END;

CREATE TRIGGER commission_turn_proposal AFTER INSERT ON commission_proposals BEGIN
    UPDATE consultations SET turn = 'with_visitor' WHERE id = new.consultation_id;
END;

CREATE TRIGGER commission_turn_answer AFTER UPDATE OF answer ON commission_proposals
WHEN old.answer IS NULL AND new.answer IS NOT NULL BEGIN
    UPDATE consultations SET turn = 'visitor_replied' WHERE id = new.consultation_id;
END;

-- Every brief's turn again from its last word; words in the same second count as the visitor's,
-- so a tie never hides a reply.
UPDATE consultations SET turn = COALESCE((
    SELECT CASE WHEN w.by_visitor THEN 'visitor_replied' ELSE 'with_visitor' END
    FROM (
        SELECT m.at AS at, m.author = 'visitor' AS by_visitor FROM commission_messages m
        WHERE m.consultation_id = consultations.id
        UNION ALL
        SELECT p.at, 0 FROM commission_proposals p WHERE p.consultation_id = consultations.id
        UNION ALL
        SELECT p.answered_at, 1 FROM commission_proposals p
        WHERE p.consultation_id = consultations.id AND p.answered_at IS NOT NULL
    ) w
    ORDER BY w.at DESC, w.by_visitor DESC LIMIT 1
), 'awaiting_reply');

-- "Awaiting your reply" is every brief whose last word is the visitor's, newest first.
CREATE INDEX consultations_awaiting ON consultations (created_at, id)
    WHERE turn <> 'with_visitor';
