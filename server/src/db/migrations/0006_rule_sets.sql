CREATE TABLE "rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"level" text NOT NULL,
	"province_code" text,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"legal_basis" text NOT NULL,
	"body" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "rule_sets_code_uq" ON "rule_sets" USING btree ("code");--> statement-breakpoint
CREATE INDEX "rule_sets_level_idx" ON "rule_sets" USING btree ("level","province_code","effective_from");