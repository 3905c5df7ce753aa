import { describe, expect, it } from 'vitest';
import { foldByDefinition, foldVietnamese } from './search.ts';

/** The definition the one-pass folding must agree with. */
const reference = foldByDefinition;

describe('foldVietnamese', () => {
  it('folds Vietnamese names as officials type them without accents', () => {
    expect(foldVietnamese('Hợp tác xã Dệt may ĐÔNG Hưng')).toBe('hop tac xa det may dong hung');
    expect(foldVietnamese('  Xã   Tân\tHòa,\nHuyện Chợ Mới ')).toBe('xa tan hoa, huyen cho moi');
    expect(foldVietnamese('Thủy / Thuỷ — Ỷ Lan')).toBe('thuy / thuy — y lan');
    expect(foldVietnamese('')).toBe('');
  });

  it('gives the same result as the definition for any text (random strings over letters, marks and spaces)', () => {
    const pool = [
      ...'aAzZ09 ,.-/()%_\t\n',
      ...'ăâêôơưđĂÂÊÔƠƯĐáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
      ...'ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ',
      'e\u0301', // decomposed é (as some keyboards and Macs send it)
      '\u00a0', // no-break space
      '\u2003', // em space
      'ß',
      'İ',
      'Ǆ',
      'ﬁ',
      '😀',
      'Ω',
      'ж',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const len = next() % 24;
      for (let i = 0; i < len; i++) s += pool[next() % pool.length];
      expect(foldVietnamese(s), JSON.stringify(s)).toBe(reference(s));
    }
    for (let c = 0; c < 0x2000; c++) {
      const s = `A${String.fromCharCode(c)} b`;
      expect(foldVietnamese(s), c.toString(16)).toBe(reference(s));
    }
  });
});
