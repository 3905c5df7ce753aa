import fs from 'node:fs';
import { importUnits, readUnitFiles } from '../../server/src/modules/reference/index.ts';
import { systemActor } from '../../server/src/platform/actor.ts';
import type { GenContext, Generator, GenResult } from './types.ts';

/**
 * Administrative units are real public data, not generated: the product's own import (the service behind
 * `npm run cli -- units:import`) loads the official lists at every scale — 34 provinces and 3,321 communes
 * from 1 July 2025; 63 provinces, 696 districts and 10,047 communes before; the old → new mapping.
 */
async function run(ctx: GenContext): Promise<GenResult> {
  if (!fs.existsSync(ctx.unitsDir)) {
    return { rows: {}, skipped: `không thấy thư mục danh mục ${ctx.unitsDir} / units folder not found` };
  }
  const c = await importUnits(ctx.db, systemActor, readUnitFiles(ctx.unitsDir), { source: ctx.unitsDir });
  const units =
    c.provinces2025 + c.communes2025 + c.provincesPre2025 + c.districtsPre2025 + c.communesPre2025;
  return {
    rows: { admin_units: units, admin_unit_links: c.provinceLinks + c.districtLinks + c.communeLinks },
  };
}

export const unitsGenerator: Generator = {
  name: 'units',
  describe:
    'đơn vị hành chính thật qua dịch vụ units:import (34 + 3.321 từ 1/7/2025; 63 + 696 + 10.047 trước đó)',
  run,
};
