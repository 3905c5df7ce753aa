DROP INDEX "product_certificates_search_trgm_idx";--> statement-breakpoint
ALTER TABLE "product_certificates" ALTER COLUMN "search_text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "product_certificates" ADD COLUMN "search_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "product_certificates_search_key_trgm_idx" ON "product_certificates" USING gin ("search_key" gin_trgm_ops);