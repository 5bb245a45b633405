-- What changed in a proposal, in words (core's `Change` list as JSON), fixed when it is proposed:
-- the visitor reads the same words on the page as in the email, whatever the catalog says later.
ALTER TABLE commission_proposals ADD COLUMN changes TEXT NOT NULL DEFAULT '[]';
