import { describe, expect, it } from 'vitest';
import { openDataSettings } from './opendata.config.ts';
import { parseYear } from './opendata.routes.ts';
import { chunked, csvLine, keysetPages, mergeSorted, scrub } from './opendata.stream.ts';

async function* pages<T>(...ps: T[][]) {
  for (const p of ps) yield p;
}
async function* strings(...ss: string[]) {
  for (const s of ss) yield s;
}
const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('open-data streaming helpers', () => {
  it('merges sorted pages of several sources into one order', async () => {
    const merged = await collect(
      mergeSorted([pages([1, 4], [9]), pages<number>(), pages([2, 3, 10]), pages([4, 5])], (a, b) => a - b),
    );
    expect(merged).toEqual([1, 2, 3, 4, 4, 5, 9, 10]);
  });

  it('pages by key until a short page', async () => {
    const data = [1, 2, 3, 4, 5];
    const calls: (number | null)[] = [];
    const got = await collect(
      keysetPages(
        async (after: number | null, size) => {
          calls.push(after);
          return data.filter((x) => after === null || x > after).slice(0, size);
        },
        (x) => x,
        2,
      ),
    );
    expect(got).toEqual([[1, 2], [3, 4], [5]]);
    expect(calls).toEqual([null, 2, 4]);
  });

  it('quotes CSV fields and groups output into chunks', async () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 12, null, 'x\ny'])).toBe('a,"b,c","say ""hi""",12,,"x\ny"\r\n');
    expect(await collect(chunked(strings('ab', 'cd', 'e'), 3))).toEqual(['abcd', 'e']);
  });

  it('hides e-mail addresses and Vietnamese phone numbers, not amounts or decision numbers', () => {
    expect(scrub('Gọi 0912 345 678, 0912.345.678, +84 912345678 hoặc thư lien.nguyen@tanchau.vn')).toBe(
      'Gọi [đã ẩn], [đã ẩn], [đã ẩn] hoặc thư [đã ẩn]',
    );
    expect(scrub('Giảm 20.000.000 đồng theo QĐ 15/QĐ-SCT năm 2027, 84000000000 đồng')).toBe(
      'Giảm 20.000.000 đồng theo QĐ 15/QĐ-SCT năm 2027, 84000000000 đồng',
    );
  });

  it('reads identifier prefixes from the environment and refuses malformed ones', () => {
    expect(openDataSettings({})).toMatchObject({ grantPrefix: '360G-khuyencong', ocidPrefix: 'ocds-khcong' });
    expect(
      openDataSettings({ OPEN_DATA_GRANT_PREFIX: '360G-bct', OPEN_DATA_OCID_PREFIX: 'ocds-a1b2c3' }),
    ).toMatchObject({ grantPrefix: '360G-bct', ocidPrefix: 'ocds-a1b2c3' });
    expect(() => openDataSettings({ OPEN_DATA_OCID_PREFIX: 'ocds-toolongprefix' })).toThrow(
      /OPEN_DATA_OCID_PREFIX/,
    );
  });

  it('accepts programme years only', () => {
    expect(parseYear('2025', '2026-11-27')).toBe(2025);
    expect(parseYear('2027', '2026-11-27')).toBe(2027);
    expect(() => parseYear('2028', '2026-11-27')).toThrow(/OPEN_DATA_YEAR_NOT_FOUND/);
    expect(() => parseYear('2003', '2026-11-27')).toThrow(/OPEN_DATA_YEAR_NOT_FOUND/);
    expect(() => parseYear('25', '2026-11-27')).toThrow(/OPEN_DATA_YEAR_INVALID/);
  });
});
