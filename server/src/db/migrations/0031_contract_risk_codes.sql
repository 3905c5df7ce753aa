CREATE TABLE "contract_risk_refreshes" (
	"day" date PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "risk_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "contracts_at_risk_idx" ON "contracts" USING btree ("assigned_at","id") WHERE "contracts"."risk_codes" <> '{}';--> statement-breakpoint
CREATE INDEX "contracts_at_risk_filter_idx" ON "contracts" USING gin ("province_code","plan_year","level","implementer_org_id","risk_codes") WHERE "contracts"."risk_codes" <> '{}';--> statement-breakpoint
CREATE INDEX "contracts_at_risk_year_idx" ON "contracts" USING btree ("plan_year","province_code","level","value") WHERE "contracts"."risk_codes" <> '{}';