import { ActivityContentListQuery } from '../../../../shared/schemas/reference.ts';
import type { Db } from '../../db/client.ts';
import { systemActor } from '../../platform/actor.ts';
import { currentProvinces, listActivityContents, type ProvinceRef } from '../reference/index.ts';
import { AGENCY_NAME, type OpenDataSettings } from './opendata.config.ts';

/** What one export needs besides the rows: identifiers, names of funders and activity contents, the origin. */
export type ExportContext = {
  settings: OpenDataSettings;
  /** PUBLIC_URL or the request's origin, without a trailing slash. */
  base: string;
  provinces: Map<string, ProvinceRef>;
  /** Activity content code → its Vietnamese name. */
  contents: Map<string, string>;
  /** When the file is produced (ISO 8601). */
  generatedAt: string;
};

export async function exportContext(
  db: Db,
  settings: OpenDataSettings,
  base: string,
  now = new Date(),
): Promise<ExportContext> {
  const contents = new Map<string, string>();
  for (let page = 1; ; page++) {
    const q = ActivityContentListQuery.parse({ page, pageSize: 200 });
    const res = await listActivityContents(db, systemActor, q);
    for (const c of res.items) contents.set(c.code, c.nameVi);
    if (page * q.pageSize >= res.total) break;
  }
  return { settings, base, provinces: await currentProvinces(db), contents, generatedAt: now.toISOString() };
}

export type Org = { id: string; name: string };

/** "Sở Công Thương tỉnh An Giang", "Sở Công Thương Thành phố Hà Nội". */
export function departmentName(ctx: ExportContext, provinceCode: string): string {
  const p = ctx.provinces.get(provinceCode);
  if (!p) return `Sở Công Thương (mã tỉnh ${provinceCode})`;
  return `Sở Công Thương ${p.type === 'tinh' ? 'tỉnh ' : ''}${p.name}`;
}

/** Funder (360Giving) and buyer (OCDS): the agency for the national programme, the province's department for a local one. */
export function funderOf(ctx: ExportContext, level: string, provinceCode: string): Org {
  const prefix = ctx.settings.grantPrefix;
  return level === 'national'
    ? { id: `${prefix}-ORG-CUC-KC`, name: AGENCY_NAME }
    : { id: `${prefix}-ORG-SCT-${provinceCode}`, name: departmentName(ctx, provinceCode) };
}

/** Recipient (360Giving) and supplier (OCDS): the implementing unit, an organisation. */
export function recipientOf(ctx: ExportContext, orgId: string, name: string): Org {
  return { id: `${ctx.settings.grantPrefix}-ORG-${orgId}`, name };
}

/** The grant programme: the national programme (KCQG) or a province's local programme (KCĐP). */
export function programmeOf(ctx: ExportContext, level: string, provinceCode: string) {
  if (level === 'national') return { code: 'KCQG', title: 'Chương trình khuyến công quốc gia' };
  const p = ctx.provinces.get(provinceCode);
  return {
    code: `KCDP-${provinceCode}`,
    title: `Chương trình khuyến công địa phương ${p ? `${p.type === 'tinh' ? 'tỉnh ' : ''}${p.name}` : provinceCode}`,
  };
}

export function provinceLabel(ctx: ExportContext, code: string): string {
  return ctx.provinces.get(code)?.name ?? code;
}
