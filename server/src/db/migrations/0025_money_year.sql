-- Each money entry carries its contract's plan year, level and province (copied on insert), so reports and the
-- dashboard read one year's money by index instead of joining every entry to its contract.
ALTER TABLE "money_entries" ADD COLUMN "plan_year" integer;--> statement-breakpoint
ALTER TABLE "money_entries" ADD COLUMN "level" text;--> statement-breakpoint
ALTER TABLE "money_entries" ADD COLUMN "province_code" text;--> statement-breakpoint
-- The ledger is append-only (a trigger refuses UPDATE); the backfill of the copied facts is the one exception.
ALTER TABLE "money_entries" DISABLE TRIGGER money_entries_no_update;--> statement-breakpoint
UPDATE "money_entries" m SET plan_year = c.plan_year, level = c.level, province_code = c.province_code
  FROM "contracts" c WHERE c.id = m.contract_id;--> statement-breakpoint
ALTER TABLE "money_entries" ENABLE TRIGGER money_entries_no_update;--> statement-breakpoint
ALTER TABLE "money_entries" ALTER COLUMN "plan_year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "money_entries" ALTER COLUMN "level" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "money_entries" ALTER COLUMN "province_code" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "money_entries_year_idx" ON "money_entries" USING btree ("plan_year","province_code","date");--> statement-breakpoint
-- contracts: the reporting view gains the copied facts (new columns at the end keep the view replaceable).
CREATE OR REPLACE VIEW rpt_money AS
SELECT m.contract_id, m.scheme_id, m.kind, m.source, m.amount, m.date,
  CASE WHEN m.kind IN ('advance', 'payment') THEN m.amount WHEN m.kind = 'recovery' THEN -m.amount ELSE 0 END
    AS net,
  m.plan_year, m.level, m.province_code
FROM money_entries m;
