import { type Db, queryRows, sql } from '../../db/client.ts';

const projected = sql.raw(
  'id, province_code, kind, status, elig2025, industries, woman_owned, ethnic_minority_owned, name_key, search_key',
);

/** Rows that differ between the search projection and the live register, both ways (none when in step). */
export async function projectionDrift(db: Db): Promise<number> {
  const [r] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (
          (select ${projected} from establishments where deleted_at is null
           except all select ${projected} from establishment_search)
          union all
          (select ${projected} from establishment_search
           except all select ${projected} from establishments where deleted_at is null)) d`,
  );
  return r!.n;
}

/** A copy of an existing record under a new name and without a code (the triggers see an ordinary insert). */
export async function copyOf(db: Db, name: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`insert into establishments (name, name_key, kind, unit_id, unit_era, unit_code, unit_label, current_unit_id,
          province_code, industries, status, location_facts, elig2012, elig2025)
        select ${name}, lower(${name}), kind, unit_id, unit_era, unit_code, unit_label, current_unit_id,
          province_code, industries, status, location_facts, elig2012, elig2025
        from establishments where deleted_at is null order by name_key limit 1
        returning id`,
  );
  return row!.id;
}
