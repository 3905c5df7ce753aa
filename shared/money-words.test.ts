import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberInWords, vndInWords } from './money-words.ts';

// Readings as written on Vietnamese payment orders and contracts.
const cases: [bigint | number, string][] = [
  [0, 'không'],
  [1, 'một'],
  [4, 'bốn'],
  [5, 'năm'],
  [10, 'mười'],
  [11, 'mười một'],
  [14, 'mười bốn'],
  [15, 'mười lăm'],
  [20, 'hai mươi'],
  [21, 'hai mươi mốt'],
  [24, 'hai mươi bốn'],
  [25, 'hai mươi lăm'],
  [50, 'năm mươi'],
  [55, 'năm mươi lăm'],
  [91, 'chín mươi mốt'],
  [100, 'một trăm'],
  [101, 'một trăm linh một'],
  [104, 'một trăm linh bốn'],
  [105, 'một trăm linh năm'],
  [110, 'một trăm mười'],
  [111, 'một trăm mười một'],
  [115, 'một trăm mười lăm'],
  [121, 'một trăm hai mươi mốt'],
  [1000, 'một nghìn'],
  [1001, 'một nghìn không trăm linh một'],
  [1010, 'một nghìn không trăm mười'],
  [1015, 'một nghìn không trăm mười lăm'],
  [1021, 'một nghìn không trăm hai mươi mốt'],
  [1100, 'một nghìn một trăm'],
  [10_000, 'mười nghìn'],
  [15_000, 'mười lăm nghìn'],
  [21_000, 'hai mươi mốt nghìn'],
  [100_000, 'một trăm nghìn'],
  [105_000, 'một trăm linh năm nghìn'],
  [1_000_000, 'một triệu'],
  [1_000_001, 'một triệu không trăm linh một'],
  [1_005_000, 'một triệu không trăm linh năm nghìn'],
  [1_500_000, 'một triệu năm trăm nghìn'],
  [10_000_000, 'mười triệu'],
  [35_000_000, 'ba mươi lăm triệu'],
  [123_456_789, 'một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín'],
  [300_000_000, 'ba trăm triệu'],
  [1_000_000_000, 'một tỷ'],
  [1_000_000_005, 'một tỷ không trăm linh năm'],
  [1_200_000_000, 'một tỷ hai trăm triệu'],
  [1_436_000_000_000, 'một nghìn bốn trăm ba mươi sáu tỷ'],
  [1_000_000_000_000n, 'một nghìn tỷ'],
  [1_000_000_000_000_000n, 'một triệu tỷ'],
  [1_000_000_000_000_000_000n, 'một tỷ tỷ'],
  [2_001_000_000_015n, 'hai nghìn không trăm linh một tỷ không trăm mười lăm'],
  [-21, 'âm hai mươi mốt'],
];

describe('numberInWords', () => {
  it.each(cases)('%s → %s', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it('refuses a non-integer number', () => {
    expect(() => numberInWords(1.5)).toThrow(RangeError);
  });

  it('never says "mười một" for 21+ nor "một" after mươi, nor "lăm" after linh', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (n) => {
        const w = numberInWords(n);
        expect(w).not.toMatch(/mươi một\b/);
        expect(w).not.toMatch(/linh lăm/);
        expect(w).not.toMatch(/mười năm\b/);
        expect(w).not.toMatch(/mươi năm(?! mươi| trăm)/);
        expect(w).not.toMatch(/ {2}|^ | $/);
      }),
    );
  });
});

describe('vndInWords', () => {
  it('capitalises and adds đồng', () => {
    expect(vndInWords(123_456_789n)).toBe(
      'Một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín đồng',
    );
    expect(vndInWords('300000000')).toBe('Ba trăm triệu đồng');
    expect(vndInWords(0)).toBe('Không đồng');
  });
});
