import type { UnitLevel, UnitResolution, UnitType } from '../../../../shared/schemas/reference.ts';
import type { Db } from '../../db/client.ts';
import { foldVietnamese } from '../../platform/search.ts';
import * as repo from './units.repo.ts';
import { presentUnit, provinceSuccessors } from './units.service.ts';

type Hint = 'commune' | 'district' | 'province' | 'city' | null;
type Part = { key: string; hint: Hint; types: UnitType[] };

/** Type words that may start a part, folded; the longest first so "thi xa" wins over "xa". */
const PREFIXES: [RegExp, Hint, UnitType[]][] = [
  [/^thi xa\s+/, 'district', ['thi_xa']],
  [/^thi tran\s+/, 'commune', ['thi_tran']],
  [/^(thanh pho|tp\.?)\s*(?=\S)/, 'city', ['thanh_pho', 'thanh_pho_tw']],
  [/^tinh\s+/, 'province', ['tinh']],
  [/^huyen\s+/, 'district', ['huyen']],
  [/^quan\s+/, 'district', ['quan']],
  [/^xa\s+/, 'commune', ['xa']],
  [/^phuong\s+/, 'commune', ['phuong']],
  [/^dac khu\s+/, 'commune', ['dac_khu']],
];

const ALIASES: Record<string, string> = {
  hcm: 'ho chi minh',
  'ho chi minh city': 'ho chi minh',
  hn: 'ha noi',
};

/** "Xã Tân Hòa" → {key: "tan hoa", hint: "commune"}; "TP.HCM" → {key: "ho chi minh", hint: "city"}. */
export function parseUnitPart(text: string): Part {
  let key = foldVietnamese(text).replace(/\.$/, '');
  let hint: Hint = null;
  let types: UnitType[] = [];
  for (const [re, h, t] of PREFIXES) {
    if (re.test(key)) {
      key = key.replace(re, '').trim();
      hint = h;
      types = t;
      break;
    }
  }
  return { key: ALIASES[key] ?? key, hint, types };
}

const levelsFor: Record<Exclude<Hint, null> | 'any', UnitLevel[]> = {
  commune: ['commune'],
  district: ['district'],
  province: ['province'],
  city: ['district', 'province'],
  any: ['commune', 'district', 'province'],
};

/** What one context part ("huyện Chợ Mới", "An Giang") may stand for. */
type Context = { prov2025: Set<string>; provPre2025: Set<string>; districts: Set<string> };

/**
 * Lookups by name shared by many resolutions (an import resolves hundreds of texts that name the same
 * province and districts): pass one map to every call of a batch. Units change only by `units:import`, so a
 * map lives for one batch, never longer.
 */
export type UnitLookups = Map<string, Promise<repo.UnitView[]>>;

function findByName(
  db: Db,
  lookups: UnitLookups | undefined,
  key: string,
  levels: UnitLevel[],
): Promise<repo.UnitView[]> {
  if (!lookups) return repo.findUnitViewsByNameKey(db, key, { levels });
  const k = `${levels.join(',')}|${key}`;
  let hit = lookups.get(k);
  if (!hit) {
    hit = repo.findUnitViewsByNameKey(db, key, { levels });
    lookups.set(k, hit);
  }
  return hit;
}

async function contextOf(db: Db, part: Part, lookups?: UnitLookups): Promise<Context | null> {
  const levels = levelsFor[part.hint ?? 'any'].filter((l) => l !== 'commune');
  if (levels.length === 0) return null;
  const found = await findByName(db, lookups, part.key, levels);
  const ctx: Context = { prov2025: new Set(), provPre2025: new Set(), districts: new Set() };
  for (const u of found) {
    if (u.level === 'province') (u.era === '2025' ? ctx.prov2025 : ctx.provPre2025).add(u.code);
    else if (u.level === 'district') ctx.districts.add(u.code);
  }
  return ctx.prov2025.size + ctx.provPre2025.size + ctx.districts.size > 0 ? ctx : null;
}

const MAX_CANDIDATES = 20;

/**
 * Resolves free text such as "Xã Tân Hòa, Huyện Chợ Mới, Tỉnh An Giang" or "xa tan hoa, cho moi, an giang"
 * to one unit of either era. The first part names the unit (leading parts without a type word that match
 * nothing, such as a village or a street, are skipped); later parts narrow it by district or province. When both eras fit, the
 * 2025 unit wins unless a district part (districts exist only before 2025) matched. `provinceCode` (today's
 * province) restricts the result to units that roll up to it.
 */
export async function resolveUnitText(
  db: Db,
  text: string,
  opts: { provinceCode?: string; lookups?: UnitLookups } = {},
): Promise<UnitResolution> {
  const parts = text
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseUnitPart)
    .filter((p) => p.key);
  if (parts.length === 0) return { error: 'not_found', candidates: [] };
  const successors = await provinceSuccessors(db);
  const rollsUpTo = (u: repo.UnitView) =>
    u.era === '2025' ? u.provinceCode : successors.get(u.provinceCode);

  for (let start = 0; start < Math.min(parts.length, 3); start++) {
    const target = parts[start]!;
    const initial = await findByName(db, opts.lookups, target.key, levelsFor[target.hint ?? 'any']);
    // A leading part without a type word may be a village or a street: try the next one. "Xã …" must match.
    if (initial.length === 0) {
      if (target.hint) break;
      continue;
    }
    let candidates = initial;
    if (opts.provinceCode) candidates = candidates.filter((u) => rollsUpTo(u) === opts.provinceCode);
    let districtSeen = false;
    let unmet = false;
    for (const part of parts.slice(start + 1)) {
      const ctx = await contextOf(db, part, opts.lookups);
      if (!ctx) continue;
      const viaDistrict = (u: repo.UnitView) =>
        u.era === 'pre2025' &&
        u.level === 'commune' &&
        u.parentCode !== null &&
        ctx.districts.has(u.parentCode);
      const viaProvince = (u: repo.UnitView) =>
        u.era === '2025'
          ? ctx.prov2025.has(u.provinceCode)
          : ctx.provPre2025.has(u.provinceCode) || ctx.prov2025.has(rollsUpTo(u) ?? '');
      const next = candidates.filter((u) => viaDistrict(u) || viaProvince(u));
      // A part the unit does not fit: the answer is "not found", with the namesakes the other parts allow.
      if (next.length === 0) {
        unmet = true;
        continue;
      }
      if (next.some(viaDistrict)) districtSeen = true;
      candidates = next;
    }
    // "Xã Chợ Mới" and "Thị trấn Chợ Mới" share a name: the type word decides when it can.
    const sameType = candidates.filter((u) => target.types.includes(u.type as UnitType));
    if (sameType.length > 0) candidates = sameType;
    const eras = new Set(candidates.map((u) => u.era));
    if (eras.size > 1) candidates = candidates.filter((u) => u.era === (districtSeen ? 'pre2025' : '2025'));
    if (!unmet && candidates.length === 1) return { unit: presentUnit(candidates[0]!) };
    if (!unmet && candidates.length > 1) {
      return { error: 'ambiguous', candidates: candidates.slice(0, MAX_CANDIDATES).map(presentUnit) };
    }
    // The name exists but not where the text places it: offer the namesakes.
    const namesakes = candidates.length > 0 ? candidates : initial;
    return { error: 'not_found', candidates: namesakes.slice(0, MAX_CANDIDATES).map(presentUnit) };
  }
  const suggestions = await repo.searchUnitViews(db, parts[0]!.key, 10);
  return { error: 'not_found', candidates: suggestions.map(presentUnit) };
}
