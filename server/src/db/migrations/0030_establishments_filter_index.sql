-- btree_gin lets plain columns sit in one GIN index with the trigram columns (trusted extension: a database owner may create it).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
DROP INDEX "establishments_industries_idx";--> statement-breakpoint
DROP INDEX "establishments_search_key_idx";--> statement-breakpoint
DROP INDEX "establishments_craft_key_idx";--> statement-breakpoint
CREATE INDEX "establishments_filter_idx" ON "establishments" USING gin ("province_code","kind","status","elig2025","industries","search_key" gin_trgm_ops,"craft_key" gin_trgm_ops) WHERE deleted_at is null;
