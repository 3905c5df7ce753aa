import { resolveSession } from '../../server/src/modules/identity/index.ts';
import { listSchemes } from '../../server/src/modules/schemes/index.ts';
import { SchemeListQuery } from '../../shared/schemas/schemes.ts';
import { captureQueries, recordingDb } from '../lib/capture.ts';
import { signIn } from './http.ts';
import type { Scenario } from './types.ts';

/** The filters and accent-free searches officials use on the scheme list. */
export const schemeQueries: readonly Record<string, string>[] = [
  {},
  { page: '2' },
  { planYear: '2024' },
  { state: 'submitted' },
  { state: 'submitted,province_appraised', planYear: '2026' },
  { q: 'may det' },
  { q: 'che bien go' },
  { q: 'ho tro ung dung' },
  { level: 'local', planYear: '2022' },
  { contentCode: 'ND45-4' },
  { provinceCode: '01', state: 'approved' },
  { sort: '-stateAllowed' },
  { kind: 'point' },
  { valueChain: 'may tre' },
];

export function schemeListScenario(name: string, label: string, email: string): Scenario {
  return {
    name,
    label,
    prepare: async (server) => {
      const token = await signIn(server, email);
      const headers = { cookie: `kc_session=${token}` };
      return {
        requests: schemeQueries.map((q) => ({ path: `/api/schemes?${new URLSearchParams(q)}`, headers })),
        capture: async (database) => {
          const rec = recordingDb(database);
          const session = await resolveSession(rec.db, token, {});
          if (!session.ok) throw new Error(`phiên của ${email} không còn hợp lệ`);
          const actor = session.session.actor;
          await listSchemes(rec.db, actor, SchemeListQuery.parse({}));
          const out = [];
          for (const q of schemeQueries)
            out.push(
              await captureQueries(rec, async (db) => {
                await resolveSession(db, token, {});
                await listSchemes(db, actor, SchemeListQuery.parse(q));
              }),
            );
          return out;
        },
      };
    },
  };
}

export const schemesAsAgency = schemeListScenario(
  'schemes-agency',
  'Danh sách, lọc và tìm đề án — chuyên viên Cục (toàn quốc)',
  'chuyenvien.cuc@khuyencong.vn',
);
export const schemesAsDepartment = schemeListScenario(
  'schemes-department',
  'Danh sách, lọc và tìm đề án — chuyên viên Sở (tỉnh 91)',
  'chuyenvien.angiang@khuyencong.vn',
);
