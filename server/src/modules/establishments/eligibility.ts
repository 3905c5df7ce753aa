import type {
  CitationDto,
  EligibilityStatus,
  EstablishmentKind,
  EstablishmentStatus,
} from '../../../../shared/schemas/establishments.ts';
import { assess2012, assess2025, r } from './eligibility.rules.ts';

/**
 * Who may receive industrial-promotion support, as a pure function of the record, the place and a date.
 * The two rule sets are data (effective period, citation, assessment); nothing here reads a database.
 *
 * 2012 rule — NĐ 45/2012/NĐ-CP Art 1.2, detailed by TT 46/2012/TT-BCT Art 3 (regulations.md §5):
 *   SMEs, cooperatives, cooperative groups and household businesses producing in districts, towns (thị xã),
 *   townships (thị trấn), communes, and wards of class-2 and class-3 cities (and of class-1 cities when
 *   converted from a commune less than 5 years before); any establishment applying cleaner production.
 * 2025 rule — NĐ 45/2012 as amended by NĐ 235/2025/NĐ-CP, in force from 15/10/2025:
 *   (a) SMEs, cooperative groups, cooperatives, unions of cooperatives and household businesses producing in
 *   communes, wards and special zones of provinces; communes and special zones of centrally-run cities;
 *   craft villages recognised by the province; (b) cleaner or sustainable production establishments.
 */

export type UnitPlace = {
  era: 'pre2025' | '2025';
  /** xa | phuong | thi_tran | dac_khu; null when the unit is not a commune. */
  communeType: string | null;
  /** Before 2025, the commune's district: huyen | quan | thi_xa | thanh_pho. */
  districtType: string | null;
  /** tinh | thanh_pho_tw, in the unit's own era. */
  provinceType: string | null;
};

export type LocationFacts = {
  entered: UnitPlace;
  /** The 2025-era commune the unit is (or went into) when that is known. */
  current: UnitPlace | null;
  /** Today's province type, known even when the 2025 commune is not. */
  currentProvinceType: string | null;
};

export type EligibilityInput = {
  kind: EstablishmentKind;
  status: EstablishmentStatus;
  /** A craft village (làng nghề) recognised by the province, when the establishment produces in one. */
  craftVillage: string | null;
  cleanerProduction: boolean;
  location: LocationFacts;
};

export type Reason = { code: string; vi: string; en: string };
export type Verdict = { status: EligibilityStatus; reasons: Reason[]; citations: CitationDto[] };

export type EligibilityRule = {
  code: 'ND45_2012' | 'ND235_2025';
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  assess: (input: EligibilityInput) => Verdict;
};

export type EligibilityResult = Verdict & { asOf: string; rule: Omit<EligibilityRule, 'assess'> | null };

export const eligibilityRules: readonly EligibilityRule[] = [
  {
    code: 'ND45_2012',
    title: 'Nghị định 45/2012/NĐ-CP, Điều 1 khoản 2; Thông tư 46/2012/TT-BCT, Điều 3',
    effectiveFrom: '2012-07-05',
    effectiveTo: '2025-10-14',
    assess: assess2012,
  },
  {
    code: 'ND235_2025',
    title: 'Nghị định 45/2012/NĐ-CP sửa đổi bởi Nghị định 235/2025/NĐ-CP, Điều 1 khoản 2',
    effectiveFrom: '2025-10-15',
    effectiveTo: null,
    assess: assess2025,
  },
];

/** The rule in force on a date (yyyy-mm-dd), or null before 05/07/2012. */
export function ruleInForce(date: string): EligibilityRule | null {
  return (
    eligibilityRules.find(
      (rule) => date >= rule.effectiveFrom && (rule.effectiveTo === null || date <= rule.effectiveTo),
    ) ?? null
  );
}

export function assessEligibility(input: EligibilityInput, date: string): EligibilityResult {
  const rule = ruleInForce(date);
  if (!rule)
    return {
      asOf: date,
      rule: null,
      status: 'undetermined',
      reasons: [
        r(
          'no_rule',
          'Trước 05/07/2012 (Nghị định 134/2004/NĐ-CP): hệ thống không xét.',
          'Before 5 July 2012 (Decree 134/2004): not assessed.',
        ),
      ],
      citations: [],
    };
  const { assess: _a, ...meta } = rule;
  return { asOf: date, rule: meta, ...rule.assess(input) };
}

type Verdicts = Record<EligibilityRule['code'], EligibilityStatus>;
const verdictCache = new WeakMap<LocationFacts, Map<string, Verdicts>>();

/**
 * The verdict under every rule: stored per record so lists can filter on eligibility. Memoised per place
 * (imports share one facts object per unit): the verdicts depend on the place and four flags only.
 */
export function assessAllRules(input: EligibilityInput): Verdicts {
  const key = `${input.kind}|${input.status}|${input.craftVillage ? 1 : 0}|${input.cleanerProduction ? 1 : 0}`;
  let byFlags = verdictCache.get(input.location);
  if (!byFlags) {
    byFlags = new Map();
    verdictCache.set(input.location, byFlags);
  }
  let v = byFlags.get(key);
  if (!v) {
    v = Object.fromEntries(
      eligibilityRules.map((rule) => [rule.code, rule.assess(input).status]),
    ) as Verdicts;
    byFlags.set(key, v);
  }
  return v;
}

/** Today in Vietnam (UTC+7) as yyyy-mm-dd. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
