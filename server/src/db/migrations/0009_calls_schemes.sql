CREATE SEQUENCE "public"."scheme_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "call_windows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"province_code" text,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_year" integer NOT NULL,
	"level" text NOT NULL,
	"province_code" text,
	"title" text NOT NULL,
	"guidance_number" text NOT NULL,
	"guidance_date" date NOT NULL,
	"submission_deadline" date NOT NULL,
	"registration_deadline" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheme_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"size" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheme_beneficiaries" (
	"scheme_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"province_code" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "scheme_beneficiaries_scheme_id_establishment_id_pk" PRIMARY KEY("scheme_id","establishment_id")
);
--> statement-breakpoint
CREATE TABLE "scheme_contents" (
	"scheme_id" uuid NOT NULL,
	"content_code" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "scheme_contents_scheme_id_content_code_pk" PRIMARY KEY("scheme_id","content_code")
);
--> statement-breakpoint
CREATE TABLE "scheme_cost_lines" (
	"scheme_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"item_code" text NOT NULL,
	"content_code" text NOT NULL,
	"description" text NOT NULL,
	"unit" text,
	"quantity" double precision NOT NULL,
	"unit_price" bigint NOT NULL,
	"total" bigint NOT NULL,
	"funding_source" text NOT NULL,
	CONSTRAINT "scheme_cost_lines_scheme_id_line_no_pk" PRIMARY KEY("scheme_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "scheme_milestones" (
	"scheme_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"note" text,
	CONSTRAINT "scheme_milestones_scheme_id_seq_pk" PRIMARY KEY("scheme_id","seq")
);
--> statement-breakpoint
CREATE TABLE "scheme_partners" (
	"scheme_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"organisation_id" uuid,
	"name" text NOT NULL,
	"role" text,
	CONSTRAINT "scheme_partners_scheme_id_seq_pk" PRIMARY KEY("scheme_id","seq")
);
--> statement-breakpoint
CREATE TABLE "scheme_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"actor_role" text,
	"comment" text,
	"version" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheme_versions" (
	"scheme_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"reason" text NOT NULL,
	"state" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scheme_versions_scheme_id_version_pk" PRIMARY KEY("scheme_id","version")
);
--> statement-breakpoint
CREATE TABLE "schemes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"plan_year" integer NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"goals" text,
	"need" text,
	"scale" text,
	"organisation" text,
	"effects" text,
	"industry_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"province_code" text NOT NULL,
	"location_unit_id" integer,
	"address" text,
	"owner_org_id" uuid NOT NULL,
	"implementer_org_id" uuid NOT NULL,
	"implementer_name" text NOT NULL,
	"beneficiaries_later" boolean DEFAULT false NOT NULL,
	"start_date" date,
	"end_date" date,
	"value_chain" text,
	"priority_area" boolean DEFAULT false NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"state_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"call_id" uuid,
	"rule_set_code" text,
	"cost_total" bigint DEFAULT 0 NOT NULL,
	"state_requested" bigint DEFAULT 0 NOT NULL,
	"state_allowed" bigint DEFAULT 0 NOT NULL,
	"counterpart" bigint DEFAULT 0 NOT NULL,
	"violation_count" integer DEFAULT 0 NOT NULL,
	"blocking" boolean DEFAULT false NOT NULL,
	"support" jsonb,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_windows" ADD CONSTRAINT "call_windows_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_attachments" ADD CONSTRAINT "scheme_attachments_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_beneficiaries" ADD CONSTRAINT "scheme_beneficiaries_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_contents" ADD CONSTRAINT "scheme_contents_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_cost_lines" ADD CONSTRAINT "scheme_cost_lines_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_milestones" ADD CONSTRAINT "scheme_milestones_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_partners" ADD CONSTRAINT "scheme_partners_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_transitions" ADD CONSTRAINT "scheme_transitions_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_versions" ADD CONSTRAINT "scheme_versions_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_windows_call_idx" ON "call_windows" USING btree ("call_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "calls_year_level_province_uq" ON "calls" USING btree ("plan_year","level",coalesce("province_code", ''));--> statement-breakpoint
CREATE INDEX "scheme_attachments_scheme_idx" ON "scheme_attachments" USING btree ("scheme_id");--> statement-breakpoint
CREATE INDEX "scheme_beneficiaries_est_idx" ON "scheme_beneficiaries" USING btree ("establishment_id");--> statement-breakpoint
CREATE INDEX "scheme_contents_code_idx" ON "scheme_contents" USING btree ("content_code","scheme_id");--> statement-breakpoint
CREATE INDEX "scheme_transitions_scheme_idx" ON "scheme_transitions" USING btree ("scheme_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "schemes_code_uq" ON "schemes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "schemes_updated_idx" ON "schemes" USING btree ("updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "schemes_province_updated_idx" ON "schemes" USING btree ("province_code","updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "schemes_year_level_state_idx" ON "schemes" USING btree ("plan_year","level","state");--> statement-breakpoint
CREATE INDEX "schemes_province_year_state_idx" ON "schemes" USING btree ("province_code","plan_year","state");--> statement-breakpoint
CREATE INDEX "schemes_implementer_idx" ON "schemes" USING btree ("implementer_org_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "schemes_owner_idx" ON "schemes" USING btree ("owner_org_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "schemes_state_idx" ON "schemes" USING btree ("state","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "schemes_search_trgm_idx" ON "schemes" USING gin (f_unaccent(lower("search_text")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "admin_units_parent_id_idx" ON "admin_units" USING btree ("parent_id");