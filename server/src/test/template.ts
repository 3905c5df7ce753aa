import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

/**
 * Every test run has its own template (keyed by the id of the run's main process), so two runs at once —
 * two checkouts, or two people in one checkout — never rebuild or drop each other's databases.
 */
export function runTemplate(runId: number) {
  return {
    file: path.join(os.tmpdir(), `kc-test-template-${runId}.tar`),
    database: `kc_tpl_${runId}`,
    clonePrefix: `kc_t_${runId}_`,
  };
}

/** The template of the run this test worker belongs to (provided by the global set-up). */
export function currentTemplate() {
  return runTemplate(inject('runId'));
}

/** The maintenance connection: same server, the URL's own database (e.g. "test"). */
export function adminUrl(url: string) {
  return url;
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The run id inside a test-database name, for cleaning up after runs that died. */
export function runIdOf(name: string): number | null {
  const m = /^kc_(?:tpl|t)_(\d+)/.exec(name);
  return m ? Number(m[1]) : null;
}

export function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
