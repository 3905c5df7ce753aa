DROP INDEX "schemes_search_trgm_idx";--> statement-breakpoint
ALTER TABLE "portal_items" ALTER COLUMN "search_vector" DROP EXPRESSION;--> statement-breakpoint
ALTER TABLE "portal_items" ALTER COLUMN "search_vector" SET DEFAULT ''::tsvector;--> statement-breakpoint
ALTER TABLE "portal_items" ALTER COLUMN "search_vector" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "schemes_search_trgm_idx" ON "schemes" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "portal_items" DROP COLUMN "body_text";--> statement-breakpoint
ALTER TABLE "portal_items" DROP COLUMN "search_text";
