import { Column, is, SQL, Subquery } from 'drizzle-orm';

type Decoder = { mapFromDriverValue(value: unknown): unknown };
type Field = { path: string[]; field: unknown };
/**
 * The parts of a drizzle prepared query (node-postgres and PGlite alike) this module reads and sets. They are
 * private in drizzle's types, hence the cast at the one place they are touched: `fields` (the selection in
 * column order) and `customResultMapper` (which drizzle calls with the driver's array rows instead of
 * mapping them itself; its relational queries use it the same way).
 */
type Internals = { fields?: Field[]; customResultMapper?: (rows: unknown[][]) => unknown };

// `decoder` (what `.mapWith()` set) is internal to drizzle's SQL type as well.
type WithDecoder = { decoder: Decoder };

function decoderOf(field: unknown): Decoder {
  if (is(field, Column)) return field;
  if (is(field, SQL)) return (field as unknown as WithDecoder).decoder;
  if (is(field, Subquery)) return (field as unknown as { _: { sql: WithDecoder } })._.sql.decoder;
  return (field as { sql: WithDecoder }).sql.decoder;
}

/**
 * Rows of a flat selection mapped by decoders chosen once per statement. Drizzle picks each cell's decoder
 * anew, through `is()` checks and a path walk (0.2 ms of server CPU for a 20-row page of 24 columns, about a
 * tenth of a list request's); here a generated function builds each row as one object literal with the
 * selection's keys (a fixed shape, not a key-by-key fill). Nested selections are left to drizzle.
 */
export function withFlatRows<T>(statement: T): T {
  const s = statement as unknown as Internals;
  const fields = s.fields;
  if (!Array.isArray(fields) || fields.length === 0 || fields.some((f) => f.path.length !== 1))
    return statement;
  const decoders = fields.map((f) => decoderOf(f.field));
  const body = fields
    .map(
      (f, i) => `${JSON.stringify(f.path[0])}: r[${i}] === null ? null : d[${i}].mapFromDriverValue(r[${i}])`,
    )
    .join(',\n');
  // The keys are the selection's own property names (code, not input), quoted by JSON.stringify.
  const row = new Function('d', 'r', `return {\n${body}\n};`) as (d: Decoder[], r: unknown[]) => unknown;
  s.customResultMapper = (rows) => rows.map((r) => row(decoders, r));
  return statement;
}
