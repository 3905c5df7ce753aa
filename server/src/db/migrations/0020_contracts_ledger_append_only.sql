-- The money ledger is append-only: a correction is a new entry (a recovery), never an edit.
CREATE OR REPLACE FUNCTION money_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'money_entries is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER money_entries_no_update BEFORE UPDATE OR DELETE ON money_entries
  FOR EACH ROW EXECUTE FUNCTION money_entries_refuse_change();
