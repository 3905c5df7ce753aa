ALTER TABLE "contracts" ADD COLUMN "advance_basis" jsonb DEFAULT '{"ruleSetCode":null,"date":"","lines":[]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "contracts_assigned_idx" ON "contracts" USING btree ("assigned_at","id");--> statement-breakpoint
CREATE INDEX "contracts_signed_date_idx" ON "contracts" USING btree ("signed_date","id");--> statement-breakpoint
CREATE INDEX "contracts_year_idx" ON "contracts" USING btree ("plan_year","assigned_at","id");--> statement-breakpoint
CREATE INDEX "contracts_unsigned_idx" ON "contracts" USING btree ("assigned_at","id") WHERE "contracts"."state" in ('draft', 'sent');--> statement-breakpoint
CREATE INDEX "contracts_open_idx" ON "contracts" USING btree ("assigned_at","id") WHERE "contracts"."phase" in ('active', 'accepted');--> statement-breakpoint
CREATE INDEX "contracts_search_trgm_idx" ON "contracts" USING gin ("search_text" gin_trgm_ops);