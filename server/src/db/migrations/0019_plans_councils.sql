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