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
	"advance_basis" jsonb DEFAULT '{"ruleSetCode":null,"date":"","lines":[]}'::jsonb NOT NULL,
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
	"search_text" text DEFAULT '' NOT NULL,
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
CREATE TABLE "council_assignments" (
	"council_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"conflict" boolean DEFAULT false NOT NULL,
	"conflict_note" text,
	"declared_at" timestamp with time zone,
	CONSTRAINT "council_assignments_council_id_scheme_id_user_id_pk" PRIMARY KEY("council_id","scheme_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"council_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "council_members_council_id_user_id_pk" PRIMARY KEY("council_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "council_schemes" (
	"council_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"conclusion" text,
	"conclusion_note" text,
	"concluded_by" uuid,
	"concluded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "council_schemes_council_id_scheme_id_pk" PRIMARY KEY("council_id","scheme_id")
);
--> statement-breakpoint
CREATE TABLE "council_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"points" jsonb NOT NULL,
	"total" double precision NOT NULL,
	"rationale" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_year" integer NOT NULL,
	"level" text NOT NULL,
	"province_code" text,
	"name" text NOT NULL,
	"sheet_id" uuid NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"decision_number" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "score_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"sheet_version" integer NOT NULL,
	"name" text NOT NULL,
	"citation" text NOT NULL,
	"effective_from" date NOT NULL,
	"pass_from" double precision NOT NULL,
	"conditional_from" double precision NOT NULL,
	"criteria" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocation_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"status" text NOT NULL,
	"rules" jsonb NOT NULL,
	"mip_value" double precision NOT NULL,
	"greedy_value" double precision NOT NULL,
	"mip_amount" bigint NOT NULL,
	"greedy_amount" bigint NOT NULL,
	"gap" double precision NOT NULL,
	"solve_ms" double precision NOT NULL,
	"selected_count" integer NOT NULL,
	"greedy_count" integer NOT NULL,
	"decisions" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"implementer_org_id" uuid NOT NULL,
	"document_number" text,
	"document_date" date,
	"total" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"scheme_id" uuid,
	"province_code" text,
	"content_code" text,
	"reason" text NOT NULL,
	"ref_type" text,
	"ref_id" text,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_lines" (
	"plan_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"content_code" text NOT NULL,
	"implementer_org_id" uuid NOT NULL,
	"approved_amount" bigint NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assigned_amount" bigint,
	"assigned_at" timestamp with time zone,
	"assignment_id" uuid,
	CONSTRAINT "plan_lines_plan_id_scheme_id_pk" PRIMARY KEY("plan_id","scheme_id")
);
--> statement-breakpoint
CREATE TABLE "plan_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_year" integer NOT NULL,
	"level" text NOT NULL,
	"province_key" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"sub_envelopes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"pins" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"selected_run_id" uuid,
	"decision_number" text,
	"decision_date" date,
	"approved_by" uuid,
	"approved_by_name" text,
	"approved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_schemes" ADD CONSTRAINT "council_schemes_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_scores" ADD CONSTRAINT "council_scores_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_sheet_id_score_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."score_sheets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_runs" ADD CONSTRAINT "allocation_runs_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_assignments" ADD CONSTRAINT "plan_assignments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_ledger" ADD CONSTRAINT "plan_ledger_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_lines" ADD CONSTRAINT "plan_lines_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_transitions" ADD CONSTRAINT "plan_transitions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_scheme_uq" ON "contracts" USING btree ("scheme_id");--> statement-breakpoint
CREATE INDEX "contracts_register_idx" ON "contracts" USING btree ("plan_year","province_code","state","assigned_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "contracts_province_idx" ON "contracts" USING btree ("province_code","assigned_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "contracts_implementer_idx" ON "contracts" USING btree ("implementer_org_id","assigned_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contracts_signed_idx" ON "contracts" USING btree ("plan_year","level","signed_date");--> statement-breakpoint
CREATE INDEX "contracts_risk_idx" ON "contracts" USING btree ("phase","plan_year","province_code");--> statement-breakpoint
CREATE INDEX "contracts_assigned_idx" ON "contracts" USING btree ("assigned_at","id");--> statement-breakpoint
CREATE INDEX "contracts_signed_date_idx" ON "contracts" USING btree ("signed_date","id");--> statement-breakpoint
CREATE INDEX "contracts_year_idx" ON "contracts" USING btree ("plan_year","assigned_at","id");--> statement-breakpoint
CREATE INDEX "contracts_unsigned_idx" ON "contracts" USING btree ("assigned_at","id") WHERE "contracts"."state" in ('draft', 'sent');--> statement-breakpoint
CREATE INDEX "contracts_open_idx" ON "contracts" USING btree ("assigned_at","id") WHERE "contracts"."phase" in ('active', 'accepted');--> statement-breakpoint
CREATE INDEX "contracts_search_trgm_idx" ON "contracts" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "money_entries_seq_uq" ON "money_entries" USING btree ("contract_id","seq");--> statement-breakpoint
CREATE INDEX "money_entries_scheme_idx" ON "money_entries" USING btree ("scheme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "acceptances_contract_uq" ON "acceptances" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "change_requests_inbox_idx" ON "change_requests" USING btree ("state","authority","province_code","requested_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "change_requests_scheme_idx" ON "change_requests" USING btree ("scheme_id","requested_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "inspections_contract_idx" ON "inspections" USING btree ("contract_id","date");--> statement-breakpoint
CREATE INDEX "progress_reports_contract_idx" ON "progress_reports" USING btree ("contract_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "settlements_contract_uq" ON "settlements" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "council_members_user_idx" ON "council_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_scores_rev_uq" ON "council_scores" USING btree ("council_id","scheme_id","user_id","revision");--> statement-breakpoint
CREATE INDEX "councils_year_idx" ON "councils" USING btree ("plan_year","level");--> statement-breakpoint
CREATE UNIQUE INDEX "score_sheets_code_version_uq" ON "score_sheets" USING btree ("code","sheet_version");--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_runs_plan_seq_uq" ON "allocation_runs" USING btree ("plan_id","seq");--> statement-breakpoint
CREATE INDEX "plan_assignments_plan_idx" ON "plan_assignments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_ledger_plan_idx" ON "plan_ledger" USING btree ("plan_id","at");--> statement-breakpoint
CREATE INDEX "plan_ledger_scheme_idx" ON "plan_ledger" USING btree ("scheme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_lines_scheme_uq" ON "plan_lines" USING btree ("scheme_id");--> statement-breakpoint
CREATE INDEX "plan_transitions_plan_idx" ON "plan_transitions" USING btree ("plan_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_year_level_province_uq" ON "plans" USING btree ("plan_year","level","province_key");