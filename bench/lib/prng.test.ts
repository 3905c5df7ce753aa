import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../server/src/platform/search.ts';
import { parseArgs } from './args.ts';
import { emailLocal, establishmentName, personName } from './names.ts';
import { createRng } from './prng.ts';

describe('bench data is deterministic', () => {
  it('gives the same stream for the same seed, and a different one for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('forks independent named streams that do not depend on what the parent drew', () => {
    const a = createRng(7);
    const b = createRng(7);
    b.next();
    b.next();
    expect(a.fork('users').uuid()).toBe(b.fork('users').uuid());
    expect(a.fork('users').uuid()).not.toBe(a.fork('audit').uuid());
  });

  it('makes well-formed UUIDs, in-range integers and weighted picks', () => {
    const rng = createRng(1);
    for (let i = 0; i < 200; i++) {
      expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
      expect(rng.weighted([['only', 1]])).toBe('only');
    }
  });

  it('writes Vietnamese names whose e-mail part is accent-free and unique per serial', () => {
    const rng = createRng(2025);
    const people = Array.from({ length: 300 }, () => personName(rng));
    const emails = people.map((p, i) => emailLocal(p, i));
    expect(new Set(emails).size).toBe(300);
    for (const e of emails) expect(e).toMatch(/^[a-z]+\.[a-z]+\.\d{6}$/);
    const nguyen = people.filter((p) => p.surname === 'Nguyễn').length;
    expect(nguyen / people.length).toBeGreaterThan(0.25);
    expect(foldVietnamese(establishmentName(rng, 'Tân Châu'))).not.toMatch(/[^\x20-\x7e]/);
  });
});

describe('bench arguments', () => {
  it('reads --name value, --name=value and flags', () => {
    const a = parseArgs(['--scale', '0.5', '--engine=pglite', '--keep']);
    expect(a.number('scale', 1)).toBe(0.5);
    expect(a.string('engine')).toBe('pglite');
    expect(a.flag('keep')).toBe(true);
    expect(a.number('seconds', 10)).toBe(10);
    expect(() => parseArgs(['--scale', 'x']).number('scale', 1)).toThrow();
  });
});
