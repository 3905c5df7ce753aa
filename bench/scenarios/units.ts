import { resolveSession } from '../../server/src/modules/identity/index.ts';
import { listUnits } from '../../server/src/modules/reference/units.service.ts';
import { UnitListQuery } from '../../shared/schemas/reference.ts';
import { captureQueries, recordingDb } from '../lib/capture.ts';
import { signIn } from './http.ts';
import type { Scenario } from './types.ts';

/** What officials type into the unit picker: accent-free, often partial, sometimes narrowed by province. */
const searches: readonly Record<string, string>[] = [
  { q: 'ha noi' },
  { q: 'tan hoa' },
  { q: 'phu' },
  { q: 'binh minh' },
  { q: 'long' },
  { q: 'xuan' },
  { q: 'cho moi' },
  { q: 'ba dinh' },
  { q: 'hoan kiem' },
  { q: 'thanh', level: 'commune' },
  { q: 'dak' },
  { q: 'quang', provinceCode: '91' },
  { q: 'vinh', page: '2' },
  { q: 'son tay' },
  { q: 'an', provinceCode: '01' },
  { q: 'dong hoa' },
];
const queries = searches.map((q): Record<string, string> => ({ era: '2025', ...q }));

export const unitSearch: Scenario = {
  name: 'units-search',
  label: 'Tra cứu đơn vị hành chính (tìm không dấu, era=2025)',
  prepare: async (server) => {
    const token = await signIn(server, 'chuyenvien.hanoi@khuyencong.vn');
    const headers = { cookie: `kc_session=${token}` };
    const probe = await fetch(`${server.url}/api/units?q=ha&era=2025`, { headers });
    await probe.arrayBuffer();
    if (probe.status === 404) return { skipped: 'chưa có GET /api/units / endpoint not found' };
    return {
      requests: queries.map((q) => ({ path: `/api/units?${new URLSearchParams(q)}`, headers })),
      capture: async (database) => {
        const rec = recordingDb(database);
        const session = await resolveSession(rec.db, token, {});
        if (!session.ok) throw new Error('phiên của chuyên viên không còn hợp lệ');
        const actor = session.session.actor;
        const out = [];
        for (const q of queries) {
          out.push(
            await captureQueries(rec, async (db) => {
              await resolveSession(db, token, {});
              await listUnits(db, actor, UnitListQuery.parse(q));
            }),
          );
        }
        return out;
      },
    };
  },
};
