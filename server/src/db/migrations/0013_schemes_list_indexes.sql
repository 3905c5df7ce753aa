DROP INDEX "schemes_updated_idx";--> statement-breakpoint
DROP INDEX "schemes_province_updated_idx";--> statement-breakpoint
DROP INDEX "schemes_implementer_idx";--> statement-breakpoint
DROP INDEX "schemes_owner_idx";--> statement-breakpoint
DROP INDEX "schemes_state_idx";--> statement-breakpoint
CREATE INDEX "schemes_allowed_idx" ON "schemes" USING btree ("state_allowed" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "schemes_kind_idx" ON "schemes" USING btree ("kind","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "schemes_year_updated_idx" ON "schemes" USING btree ("plan_year","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "schemes_value_chain_trgm_idx" ON "schemes" USING gin (f_unaccent(lower("value_chain")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "schemes_updated_idx" ON "schemes" USING btree ("updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "schemes_province_updated_idx" ON "schemes" USING btree ("province_code","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "schemes_implementer_idx" ON "schemes" USING btree ("implementer_org_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "schemes_owner_idx" ON "schemes" USING btree ("owner_org_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "schemes_state_idx" ON "schemes" USING btree ("state","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);