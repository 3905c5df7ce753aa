import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, 'check-boundaries.mjs');
const made: string[] = [];

/** A throw-away repository with the given files (path → source text). */
function fixture(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bounds-'));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return root;
}

function run(root: string) {
  const r = spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

const M = 'server/src/modules';

afterEach(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('check-boundaries', () => {
  it('allows a module to use its own files and another module through index.ts', () => {
    const root = fixture({
      [`${M}/schemes/schemes.service.ts`]: [
        "import { listUsers } from '../identity/index.ts';",
        "import type { Scope } from '../identity';",
        "import { schemes } from './schemes.tables.ts';",
        "import { sql } from 'drizzle-orm';",
        "import { tx } from '../../platform/tx.ts';",
      ].join('\n'),
      [`${M}/identity/index.ts`]: "export * from './users.service.ts';",
      'shared/schemas/schemes.ts': "import { z } from 'zod';\nimport { Text } from './common.ts';",
    });
    const r = run(root);
    expect(r.out).toContain('no boundary violations');
    expect(r.status).toBe(0);
  });

  it("refuses another module's internals, type-only table imports and dynamic imports included", () => {
    const root = fixture({
      [`${M}/schemes/schemes.service.ts`]: [
        "import { record } from '../audit/audit.service.ts';",
        "import type { users } from '../identity/identity.tables.ts';",
        'const repo = await import("../identity/identity.repo.ts");',
        "export { adminUnits } from '../reference/units.tables';",
      ].join('\n'),
    });
    const r = run(root);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`${M}/schemes/schemes.service.ts:1`);
    expect(r.out).toContain('identity.tables.ts');
    expect(r.out).toContain(`${M}/schemes/schemes.service.ts:3`);
    expect(r.out).toContain('units.tables');
  });

  it('applies to the rest of server/src, except the route and command registries and the seed runner', () => {
    const root = fixture({
      [`${M}/routes.ts`]: "import { schemeRoutes } from './schemes/schemes.routes.ts';",
      [`${M}/cli-commands.ts`]: "import { importUnits } from './reference/units.import.ts';",
      'server/src/db/seed.ts': "import { seedSchemes } from '../modules/schemes/schemes.seed.ts';",
      'server/src/platform/jobs.ts': "import { jobs } from '../modules/jobs/jobs.tables.ts';",
    });
    const r = run(root);
    expect(r.status).toBe(1);
    expect(r.out).toContain('server/src/platform/jobs.ts:1');
    expect(r.out).not.toContain('routes.ts');
    expect(r.out).not.toContain('cli-commands.ts');
    expect(r.out).not.toContain('seed.ts');
  });

  it('keeps shared/ free of server, web and Node imports', () => {
    const root = fixture({
      'shared/a.ts': "import type { Db } from '../server/src/db/client.ts';",
      'shared/b.ts': "import { api } from '../web/src/lib/api.ts';",
      'shared/c.ts': "import fs from 'node:fs';",
      'shared/d.ts': "import path from 'path';",
      'shared/e.ts': "import { z } from 'zod';",
    });
    const r = run(root);
    expect(r.status).toBe(1);
    for (const f of ['shared/a.ts:1', 'shared/b.ts:1', 'shared/c.ts:1', 'shared/d.ts:1'])
      expect(r.out).toContain(f);
    expect(r.out).not.toContain('shared/e.ts');
  });

  it('ignores comments and strings that only look like imports', () => {
    const root = fixture({
      [`${M}/schemes/x.ts`]:
        "// import { x } from '../audit/audit.service.ts';\nconst s = \"from '../audit/audit.tables.ts'\";",
    });
    expect(run(root).status).toBe(0);
  });
});
