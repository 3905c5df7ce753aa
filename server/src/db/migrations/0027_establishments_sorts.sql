DROP INDEX "establishments_craft_key_idx";--> statement-breakpoint
CREATE INDEX "establishments_updated_idx" ON "establishments" USING btree ("updated_at","id") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "establishments_workforce_idx" ON "establishments" USING btree (coalesce("workforce", -1),"id") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "establishments_craft_key_idx" ON "establishments" USING gin ("craft_key" gin_trgm_ops) WHERE deleted_at is null;