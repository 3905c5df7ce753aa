import type { Db } from '../../db/client.ts';

/**
 * The transparency pages show figures owned by other modules (annual plans, schemes, typical-product
 * selection). The portal reads them through these sources, which those modules' services provide when
 * they exist; until one is registered, its section says plainly that there is no data — never a made-up figure.
 * Wiring: `setTransparencySources({ planFigures: plans.publicPlanFigures, … })` in modules/routes.ts.
 */
export type PlanFigures = {
  year: number;
  /** Schemes in the approved plan, national and local. */
  schemes: number;
  /** Total state support in the plan, integer đồng. */
  budgetDong: bigint;
  provinces: number;
  /** Where the figures come from, e.g. "Quyết định 1234/QĐ-BCT ngày 20/12/2025". */
  source: string | null;
};

export type FundedSchemesRow = {
  provinceCode: string;
  provinceName: string;
  schemes: number;
  fundsDong: bigint;
};

export type RecognisedProduct = {
  name: string;
  establishment: string;
  provinceName: string;
  /** Level of recognition, e.g. "Cấp quốc gia", "Cấp khu vực", "Cấp tỉnh". */
  level: string;
  year: number;
};

export type TransparencySources = {
  planFigures?: (db: Db, year: number) => Promise<PlanFigures | null>;
  fundedSchemes?: (db: Db, year: number) => Promise<FundedSchemesRow[]>;
  recognisedProducts?: (db: Db, year: number) => Promise<RecognisedProduct[]>;
};

let sources: TransparencySources = {};

/** Called once at start-up by the modules that own the figures. */
export function setTransparencySources(next: TransparencySources): void {
  sources = { ...sources, ...next };
}

/** Null for a section whose source module is not there yet (the page shows "chưa có dữ liệu"). */
export type Transparency = {
  year: number;
  plan: PlanFigures | null;
  schemes: FundedSchemesRow[] | null;
  products: RecognisedProduct[] | null;
};

export async function transparencyOf(db: Db, year: number): Promise<Transparency> {
  const [plan, schemes, products] = await Promise.all([
    sources.planFigures ? sources.planFigures(db, year) : Promise.resolve(null),
    sources.fundedSchemes ? sources.fundedSchemes(db, year) : Promise.resolve(null),
    sources.recognisedProducts ? sources.recognisedProducts(db, year) : Promise.resolve(null),
  ]);
  return { year, plan, schemes, products };
}

export async function planFiguresOf(db: Db, year: number): Promise<PlanFigures | null> {
  return sources.planFigures ? sources.planFigures(db, year) : null;
}
