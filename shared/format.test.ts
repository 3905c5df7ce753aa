import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatInteger, formatVnd, parseVnDate } from './format.ts';

describe('formatVnd', () => {
  it.each<[bigint | number | string, string]>([
    [0, '0 ₫'],
    [5, '5 ₫'],
    [999, '999 ₫'],
    [1000, '1.000 ₫'],
    [1234567, '1.234.567 ₫'],
    [-1234567, '-1.234.567 ₫'],
    [-999, '-999 ₫'],
    [1_000_000_000, '1.000.000.000 ₫'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991 ₫'],
    [12.6, '13 ₫'],
    [0n, '0 ₫'],
    [-5000n, '-5.000 ₫'],
    [9007199254740993n, '9.007.199.254.740.993 ₫'],
    [123456789012345678901234567890n, '123.456.789.012.345.678.901.234.567.890 ₫'],
    [-98765432109876543210n, '-98.765.432.109.876.543.210 ₫'],
    ['0', '0 ₫'],
    ['1234567', '1.234.567 ₫'],
    [' 2500000 ', '2.500.000 ₫'],
    ['+100', '100 ₫'],
    ['-1000', '-1.000 ₫'],
    ['9007199254740993', '9.007.199.254.740.993 ₫'],
    ['-99999999999999999999', '-99.999.999.999.999.999.999 ₫'],
  ])('formatVnd(%s) = %s', (input, expected) => {
    expect(formatVnd(input)).toBe(expected);
  });

  it.each<[number | string]>([[Number.NaN], [Number.POSITIVE_INFINITY], ['12.5'], ['1.000'], ['abc'], ['']])(
    'rejects %s',
    (input) => {
      expect(() => formatVnd(input)).toThrow(RangeError);
    },
  );

  it('groups plain integers without the currency sign', () => {
    expect(formatInteger(3321)).toBe('3.321');
    expect(formatInteger(-10599n)).toBe('-10.599');
  });
});

describe('formatDate', () => {
  it.each<[string | Date | null | undefined, string]>([
    ['2025-07-01', '01/07/2025'],
    ['1999-12-31', '31/12/1999'],
    ['2025-07-01T00:00:00.000Z', '01/07/2025'],
    // 17:30 UTC is 00:30 the next day in Vietnam.
    ['2025-06-30T17:30:00.000Z', '01/07/2025'],
    ['2025-06-30T16:59:59.000Z', '30/06/2025'],
    ['2025-07-01T08:00:00+07:00', '01/07/2025'],
    [new Date('2024-02-29T12:00:00Z'), '29/02/2024'],
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['not a date', ''],
  ])('formatDate(%s) = %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it.each<[string | Date | null | undefined, string]>([
    ['2025-07-01T00:00:00.000Z', '01/07/2025 07:00'],
    ['2025-06-30T17:05:00.000Z', '01/07/2025 00:05'],
    ['2026-01-15T09:30:00+07:00', '15/01/2026 09:30'],
    ['2025-07-01', '01/07/2025 00:00'],
    [null, ''],
    ['garbage', ''],
  ])('formatDateTime(%s) = %s', (input, expected) => {
    expect(formatDateTime(input)).toBe(expected);
  });
});

describe('parseVnDate', () => {
  it.each<[string, string | null]>([
    ['01/07/2025', '2025-07-01'],
    ['1/7/2025', '2025-07-01'],
    ['31/12/1999', '1999-12-31'],
    ['29/02/2024', '2024-02-29'],
    ['01-07-2025', '2025-07-01'],
    ['01.07.2025', '2025-07-01'],
    [' 15/10/2025 ', '2025-10-15'],
    ['29/02/2025', null],
    ['31/04/2025', null],
    ['00/01/2025', null],
    ['01/13/2025', null],
    ['01/00/2025', null],
    ['2025-07-01', null],
    ['1/7/25', null],
    ['', null],
    ['abc', null],
  ])('parseVnDate(%s) = %s', (input, expected) => {
    expect(parseVnDate(input)).toBe(expected);
  });

  it('round-trips with formatDate', () => {
    for (const iso of ['2025-01-01', '2025-07-01', '2026-12-31', '2000-02-29']) {
      expect(parseVnDate(formatDate(iso))).toBe(iso);
    }
  });
});
