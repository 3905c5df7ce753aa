import type { Database, Db } from '../../server/src/db/client.ts';
import type { Rng } from '../lib/prng.ts';

/** What every generator gets: the database, its own seeded stream, the scale and a shared bag of ids. */
export type GenContext = {
  database: Database;
  db: Db;
  rng: Rng;
  /** 1 = the national 10-year data set of DESIGN §6; 0.01 for CI. */
  scale: number;
  /** Ids that later generators need (users for audit rows, organisations for schemes, …). */
  shared: SharedIds;
  log: (line: string) => void;
  /** Folder of the official unit lists (../shared/data/units). */
  unitsDir: string;
};

export type GeneratedUser = {
  id: string;
  email: string;
  organisationId: string;
  provinceCode: string | null;
};

export type SharedIds = {
  users: GeneratedUser[];
  organisations: { id: string; kind: string; provinceCode: string | null }[];
};

/** Rows written per table; `skipped` explains a part that could not run. */
export type GenResult = { rows: Record<string, number>; skipped?: string };

export type Generator = {
  name: string;
  /** One line for `--help` and the summary: what and how much at scale 1. */
  describe: string;
  run: (ctx: GenContext) => Promise<GenResult>;
};

/** `count × scale`, at least `min` so that the smallest scales still exercise every shape. */
export function scaled(count: number, scale: number, min = 1): number {
  return Math.max(min, Math.round(count * scale));
}
