import os from 'node:os';
import path from 'node:path';

export const TEMPLATE_DB = 'kc_template';

/** Where the PGlite template dump lives for this run (per checkout, so parallel clones do not clash). */
export function templatePath() {
  const key = Buffer.from(process.cwd()).toString('base64url').slice(-24);
  return path.join(os.tmpdir(), `kc-test-template-${key}.tar`);
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
