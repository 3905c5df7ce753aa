import type { UnitType } from '../../../../shared/schemas/reference.ts';
import { foldVietnamese } from '../../platform/search.ts';

/** First day of the two-tier map (NQ 202/2025/QH15; NQ 1654–1687/NQ-UBTVQH15). */
export const ERA_2025_FROM = '2025-07-01';
/**
 * Start of the 63-province map: 01/08/2008, when Hà Tây joined Hà Nội (NQ 15/2008/QH12). The source lists
 * carry no per-unit creation dates, so every pre-2025 unit shares this start; `validFrom` says which map a
 * unit belongs to, not the day it was created. Names are those of the 01/03/2025 snapshot.
 */
export const PRE2025_FROM = '2008-08-01';
/** Last day of the three-tier map. */
export const PRE2025_TO = '2025-06-30';

/** Type words as they start a unit's name (longest first so "thị xã" wins over "xã"). */
const PREFIX_RE = /^(thanh pho|tinh|quan|huyen|thi xa|thi tran|xa|phuong|dac khu) /;

/**
 * The name folded like the `name_key` column: lower case, no diacritics, no type prefix
 * ("Xã Tân Hòa" → "tan hoa"). Keep in step with the generated column in units.tables.ts.
 */
export function unitNameKey(name: string): string {
  return foldVietnamese(name).replace(PREFIX_RE, '').trim();
}

/** Commune type from the first word(s) of a 2025 commune's name. */
export function communeType2025(name: string): UnitType | null {
  if (/^Xã\s/u.test(name)) return 'xa';
  if (/^Phường\s/u.test(name)) return 'phuong';
  if (/^Đặc khu\s/u.test(name)) return 'dac_khu';
  return null;
}

/** The `type` words of units-before-2025.json, per level. */
export const pre2025Types: Record<'province' | 'district' | 'commune', Record<string, UnitType>> = {
  province: { Tỉnh: 'tinh', 'Thành phố Trung ương': 'thanh_pho_tw' },
  district: { Quận: 'quan', Huyện: 'huyen', 'Thị xã': 'thi_xa', 'Thành phố': 'thanh_pho' },
  commune: { Xã: 'xa', Phường: 'phuong', 'Thị trấn': 'thi_tran' },
};

/** A 2025 province is a centrally-run city when its name starts with "Thành phố". */
export function province2025Type(name: string): UnitType {
  return /^Thành phố\s/u.test(name) ? 'thanh_pho_tw' : 'tinh';
}
