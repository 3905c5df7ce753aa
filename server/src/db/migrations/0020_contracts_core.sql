CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme_id" uuid NOT NULL,
	"scheme_code" text NOT NULL,
	"scheme_title" text NOT NULL,
	"plan_year" integer NOT NULL,
	"level" text NOT NULL,
	"province_code" text NOT NULL,
	"implementer_org_id" uuid NOT NULL,
	"implementer_name" text NOT NULL,
	"number" text NOT NULL,
	"party_a" text NOT NULL,
	"party_b" text NOT NULL,
	"value" bigint NOT NULL,
	"counterpart_committed" bigint DEFAULT 0 NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"payment_terms" text,
	"schedule" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"phase" text DEFAULT 'active' NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"signed_date" date,
	"liquidated_date" date,
	"liquidation_number" text,
	"last_report_period" text,
	"last_progress" integer,
	"last_spent" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "money_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"amount" bigint NOT NULL,
	"date" date NOT NULL,
	"reference" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "acceptances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"date" date NOT NULL,
	"minutes_number" text NOT NULL,
	"members" text NOT NULL,
	"accepted_amount" bigint NOT NULL,
	"conclusion" text NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid,
	"scheme_id" uuid NOT NULL,
	"scheme_code" text NOT NULL,
	"scheme_title" text NOT NULL,
	"level" text NOT NULL,
	"province_code" text NOT NULL,
	"implementer_org_id" uuid NOT NULL,
	"kinds" text[] NOT NULL,
	"reason" text NOT NULL,
	"amount" bigint,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scheme_version" integer NOT NULL,
	"authority" text NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"requested_by" uuid,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decision_number" text,
	"decision_note" text,
	"released" bigint,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"date" date NOT NULL,
	"inspectors" text NOT NULL,
	"findings" text NOT NULL,
	"rating" text NOT NULL,
	"recommendations" text,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"organisation_id" uuid NOT NULL,
	"organisation_name" text NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"period" text NOT NULL,
	"report_date" date NOT NULL,
	"work_done" text NOT NULL,
	"overall_percent" integer NOT NULL,
	"contents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"spent" bigint NOT NULL,
	"problems" text,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"date" date NOT NULL,
	"number" text NOT NULL,
	"amounts" jsonb NOT NULL,
	"returned" bigint NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_scheme_uq" ON "contracts" USING btree ("scheme_id");--> statement-breakpoint
CREATE INDEX "contracts_register_idx" ON "contracts" USING btree ("plan_year","province_code","state","assigned_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "contracts_province_idx" ON "contracts" USING btree ("province_code","assigned_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "contracts_implementer_idx" ON "contracts" USING btree ("implementer_org_id","assigned_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contracts_signed_idx" ON "contracts" USING btree ("plan_year","level","signed_date");--> statement-breakpoint
CREATE INDEX "contracts_risk_idx" ON "contracts" USING btree ("phase","plan_year","province_code");--> statement-breakpoint
CREATE UNIQUE INDEX "money_entries_seq_uq" ON "money_entries" USING btree ("contract_id","seq");--> statement-breakpoint
CREATE INDEX "money_entries_scheme_idx" ON "money_entries" USING btree ("scheme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "acceptances_contract_uq" ON "acceptances" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "change_requests_inbox_idx" ON "change_requests" USING btree ("state","authority","province_code","requested_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "change_requests_scheme_idx" ON "change_requests" USING btree ("scheme_id","requested_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "inspections_contract_idx" ON "inspections" USING btree ("contract_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_reports_period_uq" ON "progress_reports" USING btree ("contract_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "settlements_contract_uq" ON "settlements" USING btree ("contract_id");