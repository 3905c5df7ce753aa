CREATE TABLE "admin_unit_links" (
	"old_unit_id" integer NOT NULL,
	"new_unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "admin_unit_links_old_unit_id_new_unit_id_pk" PRIMARY KEY("old_unit_id","new_unit_id")
);
--> statement-breakpoint
CREATE TABLE "admin_units" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "admin_units_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"level" text NOT NULL,
	"era" text NOT NULL,
	"parent_code" text,
	"province_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
ALTER TABLE "admin_unit_links" ADD CONSTRAINT "admin_unit_links_old_unit_id_admin_units_id_fk" FOREIGN KEY ("old_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_links" ADD CONSTRAINT "admin_unit_links_new_unit_id_admin_units_id_fk" FOREIGN KEY ("new_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_unit_links_new_idx" ON "admin_unit_links" USING btree ("new_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "admin_units_era_level_code_uq" ON "admin_units" USING btree ("era","level","code");--> statement-breakpoint
CREATE INDEX "admin_units_parent_idx" ON "admin_units" USING btree ("era","parent_code","name");--> statement-breakpoint
CREATE INDEX "admin_units_province_idx" ON "admin_units" USING btree ("era","province_code","level","name");--> statement-breakpoint
CREATE INDEX "admin_units_name_trgm_idx" ON "admin_units" USING gin (f_unaccent(lower("name")) gin_trgm_ops);