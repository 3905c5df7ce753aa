import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, 'check-file-size.mjs');
const made: string[] = [];

/** A throw-away repository with the given files (path → number of lines). */
function fixture(files: Record<string, number>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-size-'));
  made.push(root);
  for (const [file, lines] of Object.entries(files)) {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, Array.from({ length: lines }, (_, i) => `export const v${i} = ${i};\n`).join(''));
  }
  return root;
}

function run(root: string, max = 400) {
  const r = spawnSync(process.execPath, [script, '--root', root, '--max', String(max)], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

afterEach(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('check-file-size', () => {
  it('passes when every file is at or under the limit (a final newline is not a line)', () => {
    const root = fixture({ 'server/src/a.ts': 400, 'web/src/b.tsx': 12, 'shared/c.ts': 1 });
    const r = run(root);
    expect(r.status).toBe(0);
    expect(r.out).toContain('3 tệp');
  });

  it('lists every hand-written file over the limit in each checked folder', () => {
    const root = fixture({
      'server/src/modules/x/x.service.ts': 401,
      'web/src/features/x/List.tsx': 500,
      'bench/gen.ts': 410,
      'e2e/flow.test.ts': 402,
      'scripts/tool.ts': 403,
      'shared/ok.ts': 10,
    });
    const r = run(root);
    expect(r.status).toBe(1);
    for (const f of [
      'x.service.ts: 401',
      'List.tsx: 500',
      'gen.ts: 410',
      'flow.test.ts: 402',
      'tool.ts: 403',
    ]) {
      expect(r.out).toContain(f);
    }
    expect(r.out).not.toContain('ok.ts');
  });

  it('skips generated migrations, typed reference data, declarations, node_modules and other folders', () => {
    const root = fixture({
      'server/src/db/migrations/0001_big.ts': 900,
      'server/src/modules/reference/provinces.data.ts': 900,
      'server/src/types.d.ts': 900,
      'web/node_modules/lib/index.ts': 900,
      'web/vite-plugin.ts': 900,
      'docs/notes.ts': 900,
    });
    expect(run(root).status).toBe(0);
  });

  it('honours --max', () => {
    const root = fixture({ 'server/a.ts': 11 });
    expect(run(root, 10).status).toBe(1);
    expect(run(root, 11).status).toBe(0);
  });
});
