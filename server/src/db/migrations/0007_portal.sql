CREATE TABLE "portal_event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"establishment_name" text NOT NULL,
	"contact_name" text NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL,
	"products" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"body_html" text DEFAULT '' NOT NULL,
	"body_text" text DEFAULT '' NOT NULL,
	"cover_media_id" uuid,
	"category" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"province_code" text,
	"organisation_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_note" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"related_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"event_kind" text,
	"starts_on" date,
	"ends_on" date,
	"place" text,
	"organiser" text,
	"registration_mode" text,
	"registration_url" text,
	"registration_deadline" date,
	"doc_number" text,
	"doc_kind" text,
	"issuer" text,
	"issued_on" date,
	"effective_from" date,
	"effective_to" date,
	"legal_document_id" uuid,
	"search_title" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"action" text NOT NULL,
	"status" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_event_registrations" ADD CONSTRAINT "portal_event_registrations_event_id_portal_items_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."portal_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_revisions" ADD CONSTRAINT "portal_revisions_item_id_portal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."portal_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "portal_event_registrations_uq" ON "portal_event_registrations" USING btree ("event_id","organisation_id");--> statement-breakpoint
CREATE INDEX "portal_event_registrations_org_idx" ON "portal_event_registrations" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_items_kind_slug_uq" ON "portal_items" USING btree ("kind","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_items_doc_number_uq" ON "portal_items" USING btree (lower("doc_number"),lower("issuer"));--> statement-breakpoint
CREATE INDEX "portal_items_public_idx" ON "portal_items" USING btree ("kind","status","published_at");--> statement-breakpoint
CREATE INDEX "portal_items_category_idx" ON "portal_items" USING btree ("category","status","published_at");--> statement-breakpoint
CREATE INDEX "portal_items_events_idx" ON "portal_items" USING btree ("kind","starts_on");--> statement-breakpoint
CREATE INDEX "portal_items_admin_idx" ON "portal_items" USING btree ("kind","province_code","updated_at");--> statement-breakpoint
CREATE INDEX "portal_items_search_trgm_idx" ON "portal_items" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "portal_revisions_item_rev_uq" ON "portal_revisions" USING btree ("item_id","revision");