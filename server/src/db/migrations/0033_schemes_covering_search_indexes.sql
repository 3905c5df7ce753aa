-- The scheme lists' order indexes carry the folded search text, so a search walks them index-only: a
-- department's search tests its province's schemes without reading their rows, and the agency's capped count
-- stops after 1,001 matches in the same order. Drizzle's index builder has no INCLUDE, hence by hand (the
-- table definition keeps the same names and keys).
DROP INDEX "schemes_updated_idx";--> statement-breakpoint
DROP INDEX "schemes_province_updated_idx";--> statement-breakpoint
CREATE INDEX "schemes_updated_idx" ON "schemes" USING btree ("updated_at" DESC NULLS FIRST, "id" DESC NULLS FIRST) INCLUDE ("search_text");--> statement-breakpoint
CREATE INDEX "schemes_province_updated_idx" ON "schemes" USING btree ("province_code", "updated_at" DESC NULLS FIRST, "id" DESC NULLS FIRST) INCLUDE ("search_text");
