import { searchRegistry } from '../../server/src/modules/products/registry.service.ts';
import { RegistryQuery } from '../../shared/schemas/products.ts';
import { captureQueries, recordingDb } from '../lib/capture.ts';
import type { Scenario } from './types.ts';

/** What the public types and picks on the registry page: accent-free words and the filters. */
export const registryQueries: readonly Record<string, string>[] = [
  {},
  { page: '2' },
  { q: 'lua' },
  { q: 'gom' },
  { q: 'may tre dan' },
  { q: 'nuoc mam' },
  { q: 'ca phe', level: 'nation' },
  { level: 'region', year: '2024' },
  { provinceCode: '91' },
  { provinceCode: '01', group: 'handicraft' },
  { q: 'hop tac xa', validOnly: 'true' },
  { year: '2026', level: 'province' },
  { q: 'non la', provinceCode: '40' },
  { group: 'machinery', page: '3' },
];

/** The public registry of typical products (no sign-in): searches and filters over the recognised entries. */
export const productRegistry: Scenario = {
  name: 'products-registry',
  label: 'Danh mục sản phẩm CNNT tiêu biểu công khai — tìm không dấu, lọc cấp/năm/nhóm/tỉnh',
  prepare: async () => ({
    requests: registryQueries.map((q) => ({
      path: `/api/public/products?${new URLSearchParams(q)}`,
      headers: {},
    })),
    capture: async (database) => {
      const rec = recordingDb(database);
      const out = [];
      for (const q of registryQueries)
        out.push(await captureQueries(rec, (db) => searchRegistry(db, RegistryQuery.parse(q))));
      return out;
    },
  }),
};
