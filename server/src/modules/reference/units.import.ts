import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, sql } from 'drizzle-orm';
import type { UnitEra, UnitLevel } from '../../../../shared/schemas/reference.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { forbidden } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { canReference } from './reference.policy.ts';
import { ERA_2025_FROM, PRE2025_FROM, PRE2025_TO } from './units.names.ts';
import {
  importFailure,
  type ParsedLink,
  type ParsedUnit,
  parseCommunes2025Md,
  parseProvinces2025Csv,
} from './units.parse.ts';
import { parseMappingNewToOld, parseMappingOldToNew, parseUnitsBefore2025 } from './units.parse-json.ts';
import { invalidateProvinceCache } from './units.service.ts';
import { adminUnitLinks, adminUnits } from './units.tables.ts';

/**
 * The official unit lists: `UNITS_DIR` when set, else beside the repository (<repo>/../shared/data/units).
 * Read by `units:import` and by the demo seed; never copied into the repository.
 */
export const defaultUnitsDir =
  process.env.UNITS_DIR ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data/units');

export const unitFileNames = {
  provinces2025: 'provinces-2025.csv',
  communes2025: 'communes-2025.md',
  before2025: 'units-before-2025.json',
  newToOld: 'mapping-new-to-old.json',
  oldToNew: 'mapping-old-to-new.json',
} as const;

/** The files' text; at least one of the two mapping files is needed. */
export type UnitFileTexts = {
  provinces2025: string;
  communes2025: string;
  before2025: string;
  newToOld?: string;
  oldToNew?: string;
};

export type UnitImportCounts = {
  provinces2025: number;
  communes2025: number;
  provincesPre2025: number;
  districtsPre2025: number;
  communesPre2025: number;
  provinceLinks: number;
  districtLinks: number;
  communeLinks: number;
  /** Units that were not in the database before, units whose name, type, parent or validity changed, and the rest. */
  created: number;
  updated: number;
  unchanged: number;
};

export type ParsedUnitFiles = {
  provinces2025: ParsedUnit[];
  communes2025: ParsedUnit[];
  provincesPre2025: ParsedUnit[];
  districtsPre2025: ParsedUnit[];
  communesPre2025: ParsedUnit[];
  links: ParsedLink[];
};

export function readUnitFiles(dir: string): UnitFileTexts {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw importFailure(dir, null, 'thư mục không tồn tại.');
  const read = (name: string, required: boolean) => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      if (required) throw importFailure(name, null, `không tìm thấy tệp trong thư mục ${dir}.`);
      return undefined;
    }
    return fs.readFileSync(file, 'utf8');
  };
  const texts: UnitFileTexts = {
    provinces2025: read(unitFileNames.provinces2025, true)!,
    communes2025: read(unitFileNames.communes2025, true)!,
    before2025: read(unitFileNames.before2025, true)!,
    newToOld: read(unitFileNames.newToOld, false),
    oldToNew: read(unitFileNames.oldToNew, false),
  };
  if (!texts.newToOld && !texts.oldToNew) {
    throw importFailure(
      `${unitFileNames.newToOld} / ${unitFileNames.oldToNew}`,
      null,
      `cần ít nhất một tệp ánh xạ trong ${dir}.`,
    );
  }
  return texts;
}

const linkKey = (l: ParsedLink) => `${l.oldLevel}:${l.oldCode}>${l.newLevel}:${l.newCode}`;

/** Parses and cross-checks every file before anything is written: each link must name known units. */
export function parseUnitFiles(texts: UnitFileTexts): ParsedUnitFiles {
  const provinces2025 = parseProvinces2025Csv(texts.provinces2025, unitFileNames.provinces2025);
  const communes2025 = parseCommunes2025Md(texts.communes2025, provinces2025, unitFileNames.communes2025);
  const old = parseUnitsBefore2025(texts.before2025, unitFileNames.before2025);
  const known = {
    new: {
      province: new Set(provinces2025.map((u) => u.code)),
      commune: new Set(communes2025.map((u) => u.code)),
    },
    old: {
      province: new Set(old.provinces.map((u) => u.code)),
      district: new Set(old.districts.map((u) => u.code)),
      commune: new Set(old.communes.map((u) => u.code)),
    },
  };
  // new → old carries full/partial as published; old → new fills in anything it lacks.
  const links = new Map<string, ParsedLink>();
  const sources: [keyof typeof unitFileNames, ParsedLink[]][] = [];
  if (texts.newToOld)
    sources.push(['newToOld', parseMappingNewToOld(texts.newToOld, unitFileNames.newToOld)]);
  if (texts.oldToNew)
    sources.push(['oldToNew', parseMappingOldToNew(texts.oldToNew, unitFileNames.oldToNew)]);
  for (const [source, list] of sources) {
    const file = unitFileNames[source];
    for (const l of list) {
      const oldSet = known.old[l.oldLevel as keyof typeof known.old];
      if (!oldSet?.has(l.oldCode))
        throw importFailure(
          file,
          l.line,
          `đơn vị cũ ${l.oldCode} không có trong ${unitFileNames.before2025}.`,
        );
      const newSet = known.new[l.newLevel as keyof typeof known.new];
      if (!newSet?.has(l.newCode))
        throw importFailure(file, l.line, `đơn vị mới ${l.newCode} không có trong danh mục 2025.`);
      if (!links.has(linkKey(l))) links.set(linkKey(l), l);
    }
  }
  return {
    provinces2025,
    communes2025,
    provincesPre2025: old.provinces,
    districtsPre2025: old.districts,
    communesPre2025: old.communes,
    links: [...links.values()],
  };
}

const BATCH = 1000;

function* chunks<T>(list: readonly T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

type Era = { era: UnitEra; validFrom: string; validTo: string | null };

/**
 * Upserts by (era, level, code), ≈1000 rows a statement. A row whose values did not change is not
 * rewritten (a re-import touches nothing). Returns code → id and how many rows were new or changed.
 */
async function upsertUnits(
  t: Db,
  era: Era,
  level: UnitLevel,
  units: ParsedUnit[],
  parents: Map<string, number> | null,
) {
  let created = 0;
  let changed = 0;
  const u = adminUnits;
  for (const batch of chunks(units)) {
    const rows = await t
      .insert(u)
      .values(
        batch.map((x) => ({
          code: x.code,
          name: x.name,
          type: x.type,
          level,
          era: era.era,
          parentCode: x.parentCode,
          parentId: x.parentCode && parents ? (parents.get(x.parentCode) ?? null) : null,
          provinceCode: x.provinceCode,
          validFrom: era.validFrom,
          validTo: era.validTo,
        })),
      )
      .onConflictDoUpdate({
        target: [u.era, u.level, u.code],
        set: {
          name: sql`excluded.name`,
          type: sql`excluded.type`,
          parentCode: sql`excluded.parent_code`,
          parentId: sql`excluded.parent_id`,
          provinceCode: sql`excluded.province_code`,
          validFrom: sql`excluded.valid_from`,
          validTo: sql`excluded.valid_to`,
        },
        setWhere: sql`(${u.name}, ${u.type}, ${u.parentCode}, ${u.parentId}, ${u.provinceCode}, ${u.validFrom}, ${u.validTo})
          is distinct from (excluded.name, excluded.type, excluded.parent_code, excluded.parent_id, excluded.province_code, excluded.valid_from, excluded.valid_to)`,
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    for (const r of rows) {
      if (r.inserted) created++;
      else changed++;
    }
  }
  const all = await t
    .select({ id: u.id, code: u.code })
    .from(u)
    .where(and(eq(u.era, era.era), eq(u.level, level)));
  return { ids: new Map(all.map((r) => [r.code, r.id])), created, changed };
}

class DryRunRollback extends Error {}

/**
 * Imports both eras and the old → new mapping in one transaction (all or nothing). Re-running is
 * idempotent: units are upserted by (era, level, code) and the mapping is replaced by the files' mapping.
 * Units missing from the files are kept (records may point at them). With `dryRun` everything is written
 * and checked, then rolled back.
 */
export async function importUnits(
  db: Db,
  actor: Actor,
  texts: UnitFileTexts,
  opts: { dryRun?: boolean; source?: string } = {},
): Promise<UnitImportCounts> {
  if (!canReference(actor, 'units.import')) throw forbidden();
  const parsed = parseUnitFiles(texts);
  const now: Era = { era: '2025', validFrom: ERA_2025_FROM, validTo: null };
  const before: Era = { era: 'pre2025', validFrom: PRE2025_FROM, validTo: PRE2025_TO };
  let counts: UnitImportCounts | undefined;
  try {
    await tx(db, async (t) => {
      const np = await upsertUnits(t, now, 'province', parsed.provinces2025, null);
      const nc = await upsertUnits(t, now, 'commune', parsed.communes2025, np.ids);
      const op = await upsertUnits(t, before, 'province', parsed.provincesPre2025, null);
      const od = await upsertUnits(t, before, 'district', parsed.districtsPre2025, op.ids);
      const oc = await upsertUnits(t, before, 'commune', parsed.communesPre2025, od.ids);
      const idOf: Record<'old' | 'new', Partial<Record<UnitLevel, Map<string, number>>>> = {
        new: { province: np.ids, commune: nc.ids },
        old: { province: op.ids, district: od.ids, commune: oc.ids },
      };
      // The files hold the whole mapping: replace it rather than merge, so a corrected link does not linger.
      await t.delete(adminUnitLinks);
      for (const batch of chunks(parsed.links)) {
        await t.insert(adminUnitLinks).values(
          batch.map((l) => ({
            oldUnitId: idOf.old[l.oldLevel]!.get(l.oldCode)!,
            newUnitId: idOf.new[l.newLevel]!.get(l.newCode)!,
            kind: l.kind,
          })),
        );
      }
      const steps = [np, nc, op, od, oc];
      const created = steps.reduce((n, x) => n + x.created, 0);
      const updated = steps.reduce((n, x) => n + x.changed, 0);
      const all =
        parsed.provinces2025.length +
        parsed.communes2025.length +
        parsed.provincesPre2025.length +
        parsed.districtsPre2025.length +
        parsed.communesPre2025.length;
      const linksOf = (level: UnitLevel) => parsed.links.filter((l) => l.oldLevel === level).length;
      counts = {
        provinces2025: parsed.provinces2025.length,
        communes2025: parsed.communes2025.length,
        provincesPre2025: parsed.provincesPre2025.length,
        districtsPre2025: parsed.districtsPre2025.length,
        communesPre2025: parsed.communesPre2025.length,
        provinceLinks: linksOf('province'),
        districtLinks: linksOf('district'),
        communeLinks: linksOf('commune'),
        created,
        updated,
        unchanged: all - created - updated,
      };
      await record(t, actor, {
        action: 'units.imported',
        entityType: 'admin_units',
        meta: { ...counts, source: opts.source ?? null },
      });
      if (opts.dryRun) throw new DryRunRollback();
    });
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
  invalidateProvinceCache(db);
  return counts!;
}
