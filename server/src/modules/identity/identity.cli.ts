import { parseArgs } from 'node:util';
import { Role, UserCreateInput } from '../../../../shared/schemas/identity.ts';
import { migrate } from '../../db/migrate.ts';
import { systemActor } from '../../platform/actor.ts';
import type { Opener } from '../cli-commands.ts';
import * as repo from './identity.repo.ts';
import { createUser } from './users.service.ts';

/** `user:create --email … --name … --role … --org CODE --password …` — e.g. the first administrator of a fresh install. */
export function identityCommands(open: Opener) {
  return {
    'user:create': {
      help: 'tạo người dùng: --email --name --role --org <mã tổ chức> --password',
      run: async (args: string[]) => {
        const { values } = parseArgs({
          args,
          options: {
            email: { type: 'string' },
            name: { type: 'string' },
            role: { type: 'string' },
            org: { type: 'string' },
            password: { type: 'string' },
          },
        });
        const database = await open();
        try {
          await migrate(database);
          const org = values.org ? await repo.findOrganisationByCode(database.db, values.org) : undefined;
          if (!org)
            throw new Error(
              `Không tìm thấy tổ chức có mã "${values.org ?? ''}". Vai trò hợp lệ: ${Role.options.join(', ')}`,
            );
          const input = UserCreateInput.safeParse({
            email: values.email,
            fullName: values.name,
            role: values.role,
            organisationId: org.id,
            password: values.password,
          });
          if (!input.success)
            throw new Error(input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
          const user = await createUser(database.db, systemActor, input.data);
          console.log(`Đã tạo ${user.email} (${user.role}) thuộc ${user.organisationName}.`);
        } finally {
          await database.close();
        }
      },
    },
  };
}
