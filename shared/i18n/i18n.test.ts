import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { vi } from './vi.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it('en has every key of vi and no other', () => {
    const viKeys = Object.keys(vi).sort();
    const enKeys = Object.keys(en).sort();
    expect(viKeys.filter((k) => !(k in en))).toEqual([]);
    expect(enKeys.filter((k) => !(k in vi))).toEqual([]);
  });

  it('no message is empty', () => {
    for (const dict of [vi, en]) {
      for (const [k, v] of Object.entries(dict)) expect(v.trim(), k).not.toBe('');
    }
  });

  it('both languages use the same {placeholders}', () => {
    for (const k of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[k]), k).toEqual(placeholders(vi[k]));
    }
  });
});
