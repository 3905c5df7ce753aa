DROP TABLE "establishment_import_rows" CASCADE;--> statement-breakpoint
ALTER TABLE "establishment_imports" ADD COLUMN "staged_file_id" uuid;