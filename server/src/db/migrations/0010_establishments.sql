CREATE TABLE "establishment_import_rows" (
	"import_id" uuid NOT NULL,
	"row_no" integer NOT NULL,
	"action" text NOT NULL,
	"target_id" uuid,
	"target_version" integer,
	"data" jsonb NOT NULL,
	CONSTRAINT "establishment_import_rows_import_id_row_no_pk" PRIMARY KEY("import_id","row_no")
);
--> statement-breakpoint
CREATE TABLE "establishment_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"file_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"status" text DEFAULT 'checking' NOT NULL,
	"check_job_id" uuid,
	"commit_job_id" uuid,
	"report_file_id" uuid,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"to_create" integer DEFAULT 0 NOT NULL,
	"to_update" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"issue_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "establishments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"kind" text NOT NULL,
	"registration_code" text,
	"representative" text,
	"phone" text,
	"email" text,
	"address" text,
	"unit_id" integer NOT NULL,
	"unit_era" text NOT NULL,
	"unit_code" text NOT NULL,
	"unit_label" text NOT NULL,
	"current_unit_id" integer,
	"province_code" text NOT NULL,
	"craft_village" text,
	"industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"products" text,
	"workforce" integer,
	"revenue_band" text,
	"woman_owned" boolean DEFAULT false NOT NULL,
	"ethnic_minority_owned" boolean DEFAULT false NOT NULL,
	"founded_year" integer,
	"status" text DEFAULT 'active' NOT NULL,
	"cleaner_production" boolean DEFAULT false NOT NULL,
	"location_facts" jsonb NOT NULL,
	"elig2012" text NOT NULL,
	"elig2025" text NOT NULL,
	"organisation_id" uuid,
	"import_id" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid
);
--> statement-breakpoint
CREATE INDEX "establishment_imports_province_idx" ON "establishment_imports" USING btree ("province_code","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "establishments_code_uq" ON "establishments" USING btree ("registration_code") WHERE registration_code is not null and deleted_at is null;--> statement-breakpoint
CREATE INDEX "establishments_province_name_idx" ON "establishments" USING btree ("province_code","name_key","id") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "establishments_name_idx" ON "establishments" USING btree ("name_key","id") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "establishments_province_updated_idx" ON "establishments" USING btree ("province_code","updated_at" DESC NULLS LAST,"id") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "establishments_match_idx" ON "establishments" USING btree ("province_code","unit_id","name_key") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "establishments_unit_idx" ON "establishments" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "establishments_current_unit_idx" ON "establishments" USING btree ("current_unit_id");--> statement-breakpoint
CREATE INDEX "establishments_org_idx" ON "establishments" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "establishments_industries_idx" ON "establishments" USING gin ("industries");--> statement-breakpoint
CREATE INDEX "establishments_search_trgm_idx" ON "establishments" USING gin (f_unaccent(lower("name" || ' ' || coalesce("registration_code", ''))) gin_trgm_ops);