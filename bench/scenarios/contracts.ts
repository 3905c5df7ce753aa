import { listAtRisk, listContracts } from '../../server/src/modules/contracts/index.ts';
import { resolveSession } from '../../server/src/modules/identity/index.ts';
import { ContractListQuery } from '../../shared/schemas/contracts.ts';
import { AtRiskQuery } from '../../shared/schemas/contracts-monitoring.ts';
import { captureQueries, recordingDb } from '../lib/capture.ts';
import { signIn } from './http.ts';
import type { Scenario } from './types.ts';

const year = new Date().getUTCFullYear();

/** What officials ask of the register and of the at-risk list. */
export const registerQueries: readonly Record<string, string>[] = [
  {},
  { page: '3' },
  { planYear: String(year) },
  { planYear: String(year), state: 'draft' },
  { phase: 'active' },
  { level: 'local', planYear: String(year - 1) },
  { sort: 'signedDate' },
  { q: 'KCQG-2024' },
];
export const riskQueries: readonly Record<string, string>[] = [
  {},
  { planYear: String(year) },
  { reason: 'not_signed' },
  { reason: 'late_report' },
  { reason: 'behind_schedule', planYear: String(year) },
  { reason: 'spending_off' },
  { page: '2' },
];

/** The contract register or the at-risk list, as one official sees them, over HTTP and through the driver. */
function contractsScenario(name: string, label: string, email: string, list: 'register' | 'risk'): Scenario {
  const queries = list === 'register' ? registerQueries : riskQueries;
  const base = list === 'register' ? '/api/contracts' : '/api/contracts/at-risk';
  return {
    name,
    label,
    prepare: async (server) => {
      const token = await signIn(server, email);
      const headers = { cookie: `kc_session=${token}` };
      return {
        requests: queries.map((q) => ({ path: `${base}?${new URLSearchParams(q)}`, headers })),
        capture: async (database) => {
          const rec = recordingDb(database);
          const session = await resolveSession(rec.db, token, {});
          if (!session.ok) throw new Error(`phiên của ${email} không còn hợp lệ`);
          const actor = session.session.actor;
          const out = [];
          for (const q of queries)
            out.push(
              await captureQueries(rec, async (db) => {
                await resolveSession(db, token, {});
                if (list === 'register') await listContracts(db, actor, ContractListQuery.parse(q));
                else await listAtRisk(db, actor, AtRiskQuery.parse(q));
              }),
            );
          return out;
        },
      };
    },
  };
}

export const contractsRegisterAsAgency = contractsScenario(
  'contracts-register-agency',
  'Sổ hợp đồng — chuyên viên Cục (toàn quốc)',
  'chuyenvien.cuc@khuyencong.vn',
  'register',
);
export const contractsAtRiskAsAgency = contractsScenario(
  'contracts-at-risk-agency',
  'Danh sách cảnh báo sớm — chuyên viên Cục (toàn quốc)',
  'chuyenvien.cuc@khuyencong.vn',
  'risk',
);
export const contractsAtRiskAsDepartment = contractsScenario(
  'contracts-at-risk-department',
  'Danh sách cảnh báo sớm — chuyên viên Sở (tỉnh 91)',
  'chuyenvien.angiang@khuyencong.vn',
  'risk',
);
