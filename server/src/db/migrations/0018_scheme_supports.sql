CREATE TABLE "scheme_supports" (
	"scheme_id" uuid PRIMARY KEY NOT NULL,
	"result" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scheme_supports" ADD CONSTRAINT "scheme_supports_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- keep the computations already stored on the rows
INSERT INTO "scheme_supports" ("scheme_id", "result") SELECT "id", "support" FROM "schemes" WHERE "support" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "schemes" DROP COLUMN "support";