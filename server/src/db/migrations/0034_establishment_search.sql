-- The register's search projection (establishments.tables.ts, `establishmentSearch`): a narrow copy of each
-- live establishment's province, the filters a search is narrowed by and its search keys, so that a search
-- reads 180-byte rows that stay in PostgreSQL's buffers instead of the register's 700-byte ones. Statement
-- triggers keep it in step inside the writing transaction (set-based: an import of 100,000 rows is one INSERT
-- here); nothing else writes it. The name trigrams leave the register's filter index: searches read them here.
CREATE TABLE "establishment_search" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"elig2025" text NOT NULL,
	"industries" text[] NOT NULL,
	"woman_owned" boolean NOT NULL,
	"ethnic_minority_owned" boolean NOT NULL,
	"name_key" text NOT NULL,
	"search_key" text NOT NULL
);
--> statement-breakpoint
INSERT INTO establishment_search (id, province_code, kind, status, elig2025, industries, woman_owned,
    ethnic_minority_owned, name_key, search_key)
  SELECT id, province_code, kind, status, elig2025, industries, woman_owned, ethnic_minority_owned, name_key,
    search_key
  FROM establishments WHERE deleted_at IS NULL ORDER BY name_key, id;
--> statement-breakpoint
CREATE INDEX "establishment_search_idx" ON "establishment_search" USING gin ("province_code","kind","status","elig2025","industries","search_key" gin_trgm_ops);--> statement-breakpoint
CREATE FUNCTION establishment_search_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO establishment_search (id, province_code, kind, status, elig2025, industries, woman_owned,
      ethnic_minority_owned, name_key, search_key)
    SELECT id, province_code, kind, status, elig2025, industries, woman_owned, ethnic_minority_owned, name_key,
      search_key
    FROM new_rows WHERE deleted_at IS NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Only rows whose projected columns or liveness changed touch the projection (an edit of the workforce does not).
CREATE FUNCTION establishment_search_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM establishment_search s USING new_rows n WHERE s.id = n.id AND n.deleted_at IS NOT NULL;
  INSERT INTO establishment_search AS s (id, province_code, kind, status, elig2025, industries, woman_owned,
      ethnic_minority_owned, name_key, search_key)
    SELECT n.id, n.province_code, n.kind, n.status, n.elig2025, n.industries, n.woman_owned,
      n.ethnic_minority_owned, n.name_key, n.search_key
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.deleted_at IS NULL
      AND (o.deleted_at IS NOT NULL
        OR (o.province_code, o.kind, o.status, o.elig2025, o.industries, o.woman_owned, o.ethnic_minority_owned,
            o.name_key, o.search_key)
          IS DISTINCT FROM (n.province_code, n.kind, n.status, n.elig2025, n.industries, n.woman_owned,
            n.ethnic_minority_owned, n.name_key, n.search_key))
  ON CONFLICT (id) DO UPDATE SET
    province_code = excluded.province_code, kind = excluded.kind, status = excluded.status,
    elig2025 = excluded.elig2025, industries = excluded.industries, woman_owned = excluded.woman_owned,
    ethnic_minority_owned = excluded.ethnic_minority_owned, name_key = excluded.name_key,
    search_key = excluded.search_key;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION establishment_search_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM establishment_search s USING old_rows o WHERE s.id = o.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION establishment_search_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE establishment_search;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER establishment_search_on_insert AFTER INSERT ON establishments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION establishment_search_inserted();
--> statement-breakpoint
CREATE TRIGGER establishment_search_on_update AFTER UPDATE ON establishments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION establishment_search_updated();
--> statement-breakpoint
CREATE TRIGGER establishment_search_on_delete AFTER DELETE ON establishments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION establishment_search_deleted();
--> statement-breakpoint
CREATE TRIGGER establishment_search_on_truncate AFTER TRUNCATE ON establishments
  FOR EACH STATEMENT EXECUTE FUNCTION establishment_search_truncated();
--> statement-breakpoint
DROP INDEX "establishments_filter_idx";--> statement-breakpoint
CREATE INDEX "establishments_filter_idx" ON "establishments" USING gin ("province_code","kind","status","elig2025","industries","craft_key" gin_trgm_ops) WHERE deleted_at is null;
