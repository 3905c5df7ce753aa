DROP INDEX "progress_reports_period_uq";--> statement-breakpoint
CREATE INDEX "progress_reports_contract_idx" ON "progress_reports" USING btree ("contract_id","period");