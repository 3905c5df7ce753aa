CREATE TABLE "product_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"entry_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"establishment_name" text NOT NULL,
	"province_code" text NOT NULL,
	"level" text NOT NULL,
	"level_rank" integer NOT NULL,
	"year" integer NOT NULL,
	"group" text NOT NULL,
	"product_name" text NOT NULL,
	"organiser_name" text NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"valid_until" date NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"average_x_100" integer,
	"revoked_reason" text,
	"revoked_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"content" text NOT NULL,
	"submitted_by" uuid,
	"submitted_on" date NOT NULL,
	"window_ends" date NOT NULL,
	"response_due" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"response" text,
	"resolved_by" uuid,
	"resolved_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"establishment_name" text NOT NULL,
	"reason" text NOT NULL,
	"declared_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_council_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"organisation_name" text,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"establishment_name" text NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"group" text NOT NULL,
	"is_set" boolean DEFAULT false NOT NULL,
	"description" text NOT NULL,
	"production_capacity" text NOT NULL,
	"market" text NOT NULL,
	"photo_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lower_certificate_id" uuid,
	"status" text DEFAULT 'registered' NOT NULL,
	"average_x_100" integer,
	"rank_in_group" integer,
	"registered_by" uuid,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"era" text NOT NULL,
	"year" integer NOT NULL,
	"organiser_organisation_id" uuid,
	"organiser_name" text NOT NULL,
	"province_code" text,
	"local_unit_code" text,
	"region_code" text,
	"region_name" text,
	"region_province_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"registration_opens" date NOT NULL,
	"registration_closes" date NOT NULL,
	"selection_date" date NOT NULL,
	"groups" jsonb NOT NULL,
	"score_sheet_version" text NOT NULL,
	"pass_threshold" integer NOT NULL,
	"quorum_percent" integer NOT NULL,
	"prizes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"results_published_on" date,
	"decision_number" text,
	"decision_date" date,
	"decision_signer" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_score_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"total" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "typical_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"establishment_id" uuid NOT NULL,
	"establishment_name" text NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"group" text NOT NULL,
	"is_set" boolean DEFAULT false NOT NULL,
	"description" text NOT NULL,
	"photo_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "created_by_name" text;--> statement-breakpoint
ALTER TABLE "product_certificates" ADD CONSTRAINT "product_certificates_entry_id_product_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."product_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_certificates" ADD CONSTRAINT "product_certificates_product_id_typical_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."typical_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_certificates" ADD CONSTRAINT "product_certificates_round_id_product_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."product_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_complaints" ADD CONSTRAINT "product_complaints_round_id_product_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."product_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_complaints" ADD CONSTRAINT "product_complaints_entry_id_product_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."product_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_conflicts" ADD CONSTRAINT "product_conflicts_round_id_product_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."product_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_conflicts" ADD CONSTRAINT "product_conflicts_member_id_product_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."product_council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_council_members" ADD CONSTRAINT "product_council_members_round_id_product_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."product_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_entries" ADD CONSTRAINT "product_entries_round_id_product_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."product_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_entries" ADD CONSTRAINT "product_entries_product_id_typical_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."typical_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_score_sheets" ADD CONSTRAINT "product_score_sheets_round_id_product_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."product_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_score_sheets" ADD CONSTRAINT "product_score_sheets_entry_id_product_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."product_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_score_sheets" ADD CONSTRAINT "product_score_sheets_member_id_product_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."product_council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "product_certificates_number_uq" ON "product_certificates" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "product_certificates_entry_uq" ON "product_certificates" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "product_certificates_registry_idx" ON "product_certificates" USING btree ("year" DESC NULLS LAST,"level_rank" DESC NULLS LAST,"number");--> statement-breakpoint
CREATE INDEX "product_certificates_filter_idx" ON "product_certificates" USING btree ("province_code","level","group","year");--> statement-breakpoint
CREATE INDEX "product_certificates_establishment_idx" ON "product_certificates" USING btree ("establishment_id","level_rank","valid_until");--> statement-breakpoint
CREATE INDEX "product_certificates_product_idx" ON "product_certificates" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "product_certificates_search_trgm_idx" ON "product_certificates" USING gin (f_unaccent(lower("search_text")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "product_complaints_round_idx" ON "product_complaints" USING btree ("round_id","status");--> statement-breakpoint
CREATE INDEX "product_complaints_entry_idx" ON "product_complaints" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "product_conflicts_uq" ON "product_conflicts" USING btree ("member_id","establishment_id");--> statement-breakpoint
CREATE INDEX "product_conflicts_round_idx" ON "product_conflicts" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "product_council_members_uq" ON "product_council_members" USING btree ("round_id","user_id");--> statement-breakpoint
CREATE INDEX "product_council_members_user_idx" ON "product_council_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "product_entries_round_product_uq" ON "product_entries" USING btree ("round_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "product_entries_round_name_uq" ON "product_entries" USING btree ("round_id","establishment_id",lower("name"));--> statement-breakpoint
CREATE INDEX "product_entries_round_idx" ON "product_entries" USING btree ("round_id","group","name");--> statement-breakpoint
CREATE INDEX "product_entries_establishment_idx" ON "product_entries" USING btree ("establishment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "product_rounds_code_uq" ON "product_rounds" USING btree ("code");--> statement-breakpoint
CREATE INDEX "product_rounds_list_idx" ON "product_rounds" USING btree ("year" DESC NULLS LAST,"level","province_code");--> statement-breakpoint
CREATE UNIQUE INDEX "product_score_sheets_uq" ON "product_score_sheets" USING btree ("entry_id","member_id");--> statement-breakpoint
CREATE INDEX "product_score_sheets_round_idx" ON "product_score_sheets" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "typical_products_establishment_idx" ON "typical_products" USING btree ("establishment_id");