/** A small `--name value` / `--flag` parser for the bench command lines. */
export type Args = {
  string: (name: string) => string | undefined;
  number: (name: string, fallback: number) => number;
  flag: (name: string) => boolean;
};

export function parseArgs(argv: readonly string[]): Args {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) {
      values.set(a.slice(2, eq), a.slice(eq + 1));
      continue;
    }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      values.set(a.slice(2), next);
      i++;
    } else {
      flags.add(a.slice(2));
    }
  }
  return {
    string: (name) => values.get(name),
    number: (name, fallback) => {
      const v = values.get(name);
      if (v === undefined) return fallback;
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} phải là số dương (nhận: ${v})`);
      return n;
    },
    flag: (name) => flags.has(name) || values.get(name) === 'true',
  };
}
