CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"province_key" text DEFAULT '' NOT NULL,
	"period_kind" text NOT NULL,
	"period_year" integer NOT NULL,
	"period_index" integer NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"state" text DEFAULT 'generating' NOT NULL,
	"title" text NOT NULL,
	"number" text,
	"issued_date" date,
	"issuer_org_id" uuid NOT NULL,
	"issuer_name" text NOT NULL,
	"signer_name" text,
	"by_old_provinces" integer DEFAULT 0 NOT NULL,
	"data" jsonb,
	"diff" jsonb,
	"job_id" uuid,
	"error" text,
	"supersedes_id" uuid,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"generated_at" timestamp with time zone,
	"submitted_by" uuid,
	"submitted_by_name" text,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "reports_scope_period_version_uq" ON "reports" USING btree ("kind","province_key","period_kind","period_year","period_index","version");--> statement-breakpoint
CREATE INDEX "reports_period_idx" ON "reports" USING btree ("period_year","period_kind","period_index","state");--> statement-breakpoint
CREATE INDEX "reports_created_idx" ON "reports" USING btree ("created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "reports_current_idx" ON "reports" USING btree ("kind","province_key","period_year") WHERE "reports"."state" <> 'superseded';