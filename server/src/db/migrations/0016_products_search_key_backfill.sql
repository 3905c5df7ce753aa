-- Custom SQL migration file, put your code below! --
-- Fold the names of certificates issued before search_key existed (new rows get it from foldVietnamese).
UPDATE "product_certificates" SET "search_key" = f_unaccent(lower("product_name" || ' ' || "establishment_name")) WHERE "search_key" = '';
