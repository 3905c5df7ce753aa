CREATE TABLE "activity_contents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"note" text,
	"source" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"parent_code" text,
	"programme_group" text
);
--> statement-breakpoint
CREATE TABLE "industries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"note" text,
	"source" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheme_kinds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"note" text,
	"source" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"category" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"issue_date" date,
	"year" integer,
	"issuer" text,
	"title" text NOT NULL,
	"effective_from" date,
	"effective_to" date,
	"file_url" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "admin_units_name_trgm_idx";--> statement-breakpoint
DROP INDEX "admin_units_parent_idx";--> statement-breakpoint
DROP INDEX "admin_units_province_idx";--> statement-breakpoint
ALTER TABLE "admin_units" ADD COLUMN "parent_id" integer;--> statement-breakpoint
ALTER TABLE "admin_units" ADD COLUMN "name_key" text GENERATED ALWAYS AS (btrim(regexp_replace(f_unaccent(lower(name)), '^(thanh pho|tinh|quan|huyen|thi xa|thi tran|xa|phuong|dac khu) ', ''))) STORED NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_contents_code_uq" ON "activity_contents" USING btree ("code");--> statement-breakpoint
CREATE INDEX "activity_contents_kind_idx" ON "activity_contents" USING btree ("kind","sort_order");--> statement-breakpoint
CREATE INDEX "activity_contents_search_trgm_idx" ON "activity_contents" USING gin (f_unaccent(lower("code" || ' ' || "name_vi" || ' ' || "name_en")) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "industries_code_uq" ON "industries" USING btree ("code");--> statement-breakpoint
CREATE INDEX "industries_sort_idx" ON "industries" USING btree ("sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "scheme_kinds_code_uq" ON "scheme_kinds" USING btree ("code");--> statement-breakpoint
CREATE INDEX "scheme_kinds_category_idx" ON "scheme_kinds" USING btree ("category","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_documents_number_uq" ON "legal_documents" USING btree (lower("number"));--> statement-breakpoint
CREATE INDEX "legal_documents_kind_year_idx" ON "legal_documents" USING btree ("kind","year");--> statement-breakpoint
CREATE INDEX "legal_documents_year_idx" ON "legal_documents" USING btree ("year","issue_date");--> statement-breakpoint
CREATE INDEX "legal_documents_search_trgm_idx" ON "legal_documents" USING gin (f_unaccent(lower("number" || ' ' || "title")) gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "admin_units" ADD CONSTRAINT "admin_units_parent_id_admin_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_units_era_level_idx" ON "admin_units" USING btree ("era","level","name_key");--> statement-breakpoint
CREATE INDEX "admin_units_name_key_idx" ON "admin_units" USING btree ("name_key","level");--> statement-breakpoint
CREATE INDEX "admin_units_search_trgm_idx" ON "admin_units" USING gin (f_unaccent(lower("name" || ' ' || "code")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "admin_units_parent_idx" ON "admin_units" USING btree ("era","parent_code","name_key");--> statement-breakpoint
CREATE INDEX "admin_units_province_idx" ON "admin_units" USING btree ("era","province_code","level","name_key");