import { listEstablishments } from '../../server/src/modules/establishments/index.ts';
import { resolveSession } from '../../server/src/modules/identity/index.ts';
import { EstablishmentListQuery } from '../../shared/schemas/establishments.ts';
import { captureQueries, recordingDb } from '../lib/capture.ts';
import { signIn } from './http.ts';
import type { Scenario } from './types.ts';

/** Pages, sorts, filters and accent-free searches officials make on the register. */
export const establishmentQueries: readonly Record<string, string>[] = [
  {},
  { page: '2' },
  { page: '50' },
  { sort: '-updatedAt' },
  { q: 'hop tac xa det may' },
  { q: 'co khi' },
  { q: 'det may', page: '2' },
  { q: 'nguyen van' },
  { kind: 'cooperative' },
  { industry: 'ND45-I6' },
  { eligibility: 'not_eligible' },
  { status: 'suspended' },
  { womanOwned: 'true', sort: '-workforce' },
  { craftVillage: 'gom' },
];

function registerScenario(
  name: string,
  label: string,
  email: string,
  extra: Record<string, string> = {},
): Scenario {
  return {
    name,
    label,
    prepare: async (server) => {
      const token = await signIn(server, email);
      const headers = { cookie: `kc_session=${token}` };
      const probe = await fetch(`${server.url}/api/establishments?pageSize=1`, { headers });
      await probe.arrayBuffer();
      if (probe.status === 404) return { skipped: 'chưa có GET /api/establishments' };
      const all = establishmentQueries.map((q) => ({ ...extra, ...q }));
      return {
        requests: all.map((q) => ({ path: `/api/establishments?${new URLSearchParams(q)}`, headers })),
        capture: async (database) => {
          const rec = recordingDb(database);
          const session = await resolveSession(rec.db, token, {});
          if (!session.ok) throw new Error(`phiên của ${email} không còn hợp lệ`);
          const actor = session.session.actor;
          // Warm the per-handle province and catalogue caches, as the running server's are.
          await listEstablishments(rec.db, actor, EstablishmentListQuery.parse({}));
          const out = [];
          for (const q of all) {
            out.push(
              await captureQueries(rec, async (db) => {
                await resolveSession(db, token, {});
                await listEstablishments(db, actor, EstablishmentListQuery.parse(q));
              }),
            );
          }
          return out;
        },
      };
    },
  };
}

export const establishmentsAsAgency = registerScenario(
  'establishments-agency',
  'Sổ cơ sở CNNT — chuyên viên Cục (toàn quốc)',
  'chuyenvien.cuc@khuyencong.vn',
);

export const establishmentsAsDepartment = registerScenario(
  'establishments-department',
  'Sổ cơ sở CNNT — chuyên viên Sở (tỉnh 91)',
  'chuyenvien.angiang@khuyencong.vn',
);
