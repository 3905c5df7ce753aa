DROP INDEX "establishments_search_trgm_idx";--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "search_key" text GENERATED ALWAYS AS (f_unaccent(lower(name || ' ' || coalesce(registration_code, '')))) STORED;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "craft_key" text GENERATED ALWAYS AS (f_unaccent(lower(craft_village))) STORED;--> statement-breakpoint
CREATE INDEX "establishments_search_key_idx" ON "establishments" USING gin ("search_key" gin_trgm_ops) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "establishments_craft_key_idx" ON "establishments" USING gin ("craft_key" gin_trgm_ops) WHERE deleted_at is null and craft_village is not null;--> statement-breakpoint
CREATE INDEX "establishments_elig2025_name_idx" ON "establishments" USING btree ("elig2025","name_key","id") WHERE deleted_at is null;