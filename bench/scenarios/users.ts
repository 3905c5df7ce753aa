import { listUsers, resolveSession } from '../../server/src/modules/identity/index.ts';
import { UserListQuery } from '../../shared/schemas/identity.ts';
import { captureQueries, recordingDb } from '../lib/capture.ts';
import { signIn } from './http.ts';
import type { Scenario } from './types.ts';

/** Pages and accent-free searches an official makes on the user list. */
const queries: readonly Record<string, string>[] = [
  {},
  { page: '2' },
  { page: '3' },
  { q: 'nguyen' },
  { q: 'nguyen', page: '2' },
  { q: 'tran thi' },
  { q: 'hoa' },
  { q: 'minh duc' },
  { q: 'le van' },
  { q: 'huong' },
  { q: 'pham', sort: '-createdAt' },
  { q: 'khuyencong.vn' },
  { role: 'department_officer' },
  { status: 'active', sort: 'email' },
];

function userListScenario(name: string, label: string, email: string): Scenario {
  return {
    name,
    label,
    prepare: async (server) => {
      const token = await signIn(server, email);
      const headers = { cookie: `kc_session=${token}` };
      return {
        requests: queries.map((q) => ({ path: `/api/users?${new URLSearchParams(q)}`, headers })),
        capture: async (database) => {
          const rec = recordingDb(database);
          const session = await resolveSession(rec.db, token, {});
          if (!session.ok) throw new Error(`phiên của ${email} không còn hợp lệ`);
          const actor = session.session.actor;
          // Warm the per-handle province cache, as the running server's is after its first request.
          await listUsers(rec.db, actor, UserListQuery.parse({}));
          const out = [];
          for (const q of queries) {
            out.push(
              await captureQueries(rec, async (db) => {
                await resolveSession(db, token, {});
                await listUsers(db, actor, UserListQuery.parse(q));
              }),
            );
          }
          return out;
        },
      };
    },
  };
}

export const usersAsAdmin = userListScenario(
  'users-admin',
  'Danh sách người dùng — quản trị hệ thống (toàn quốc)',
  'admin@khuyencong.vn',
);

export const usersAsOfficer = userListScenario(
  'users-officer',
  'Danh sách người dùng — chuyên viên Sở (tỉnh 01)',
  'chuyenvien.hanoi@khuyencong.vn',
);
