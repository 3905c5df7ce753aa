import type { UnitDto } from '../../../../shared/schemas/reference.ts';
import type { Db } from '../../db/client.ts';
import { resolveUnitText, type UnitLookups } from '../reference/index.ts';
import { cachedUnitInfo, type UnitInfo } from './location.ts';

export type UnitOutcome = { ok: UnitInfo } | { code: string; message: string };

const label = (u: UnitDto) => [u.name, u.parentName, u.provinceName].filter(Boolean).join(', ');
const stripType = (name: string) =>
  name
    .normalize('NFC')
    .toLowerCase()
    .replace(/^(xã|phường|thị trấn|đặc khu)\s+/, '');
const some = (list: UnitDto[]) => list.slice(0, 3).map(label).join('; ');

/** Outcomes shared by the imports of the last minutes (re-imports of a province's list hit it). */
const recent = new WeakMap<Db, Map<string, { at: number; value: Promise<UnitOutcome> }>>();
const RECENT_MS = 10 * 60_000;

/**
 * Resolves the unit texts of an import against one province, caching by text (a province's rows
 * name a few hundred units). Explains every failure: unknown, ambiguous, in another province, not a commune.
 */
export function unitResolver(db: Db, provinceCode: string) {
  const info = cachedUnitInfo(db);
  const cache = new Map<string, Promise<UnitOutcome>>();
  const lookups: UnitLookups = new Map();
  const provinceName = async (u: UnitDto) => {
    const i = await info(u);
    return typeof i === 'string' ? u.provinceName : i.unitLabel.split(', ').pop();
  };
  async function accept(unit: UnitDto): Promise<UnitOutcome> {
    const i = await info(unit);
    if (i === 'not_commune')
      return {
        code: 'unit_not_commune',
        message: `"${label(unit)}" không phải đơn vị cấp xã; hãy ghi rõ xã/phường/thị trấn/đặc khu.`,
      };
    if (typeof i === 'string')
      return { code: 'unit_not_found', message: 'Không xác định được đơn vị hành chính này.' };
    if (i.provinceCode !== provinceCode)
      return {
        code: 'unit_other_province',
        message: `"${label(unit)}" thuộc tỉnh/thành phố khác, không phải tỉnh đang nhập.`,
      };
    return { ok: i };
  }
  async function resolve(text: string): Promise<UnitOutcome> {
    const found = await resolveUnitText(db, text, { provinceCode, lookups });
    if ('unit' in found) return accept(found.unit);
    if (found.error === 'ambiguous') {
      // Folding accents makes "Phú Thạnh" and "Phú Thành" one name; text typed with accents picks one.
      const typed = (text.split(',')[0] ?? '').trim().normalize('NFC').toLowerCase();
      const exact = found.candidates.filter(
        (u) => u.name.normalize('NFC').toLowerCase() === typed || stripType(u.name) === typed,
      );
      if (exact.length === 1) return accept(exact[0]!);
      return {
        code: 'unit_ambiguous',
        message: `Có nhiều đơn vị trùng tên khi bỏ dấu (${some(found.candidates)}…): hãy ghi tên có dấu đầy đủ, thêm huyện hoặc tỉnh.`,
      };
    }
    const anywhere = await resolveUnitText(db, text, { lookups });
    if ('unit' in anywhere)
      return {
        code: 'unit_other_province',
        message: `"${label(anywhere.unit)}" thuộc ${await provinceName(anywhere.unit)}, không phải tỉnh đang nhập. Không thể nhập cơ sở của tỉnh khác.`,
      };
    const hint = found.candidates.length ? ` Có phải: ${some(found.candidates)}?` : '';
    return {
      code: 'unit_not_found',
      message: `Không tìm thấy đơn vị hành chính "${text}" trong tỉnh đang nhập.${hint}`,
    };
  }
  let shared = recent.get(db);
  if (!shared) {
    shared = new Map();
    recent.set(db, shared);
  }
  const byText = shared;
  return (text: string): Promise<UnitOutcome> => {
    // Not folded: "Phú Thạnh" and "Phú Thành" fold alike but name different communes.
    const key = `${provinceCode}|${text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
    let hit = cache.get(key);
    if (hit) return hit;
    const old = byText.get(key);
    if (old && Date.now() - old.at < RECENT_MS) hit = old.value;
    else {
      hit = resolve(text);
      byText.set(key, { at: Date.now(), value: hit });
      if (byText.size > 50_000) byText.clear();
    }
    cache.set(key, hit);
    return hit;
  };
}
