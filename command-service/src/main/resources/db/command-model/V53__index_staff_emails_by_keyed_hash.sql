-- Staff e-mails are no longer kept here (decision 266): each account keeps the keyed hash of its e-mail
-- (HMAC-SHA256 under the practice's e-mail index key, command-service's StaffEmailIndex), unique per practice.
-- Accounts of before this migration keep their plaintext e-mail until command-service, at its next start, has
-- replaced it by the hash (StaffEmailBackfill); an erased user's account keeps neither.
ALTER TABLE user_accounts ADD COLUMN email_index BYTEA;
ALTER TABLE user_accounts ALTER COLUMN email DROP NOT NULL;
ALTER TABLE user_accounts DROP CONSTRAINT user_accounts_workspace_email_key;
ALTER TABLE user_accounts ADD CONSTRAINT user_accounts_workspace_email_index_key UNIQUE (workspace_id, email_index);

COMMENT ON COLUMN user_accounts.email IS 'Plaintext e-mail of accounts made before V53, until replaced by email_index';
COMMENT ON COLUMN user_accounts.email_index IS 'HMAC-SHA256 of the e-mail under the practice''s e-mail index key';
