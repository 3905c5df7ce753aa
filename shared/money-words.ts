/**
 * Amounts in words for official documents: `vndInWords(123_456_789n)` →
 * "Một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín đồng".
 *
 * Rules followed (the reading used on Vietnamese financial documents):
 * - tens: 10 = "mười", 20–90 = "hai mươi" … "chín mươi"; an empty tens digit before a unit is "linh" (105 = "một trăm linh năm");
 * - units: 1 after "mươi" is "mốt" (21 = "hai mươi mốt", but 11 = "mười một"); 5 after "mười"/"mươi" is "lăm"
 *   (15 = "mười lăm", 25 = "hai mươi lăm", but 105 = "một trăm linh năm"); 4 is always "bốn";
 * - a group after a larger one is read in full: 1.005.000 = "một triệu không trăm linh năm nghìn";
 *   groups that are all zero are skipped (1.000.001 = "một triệu không trăm linh một");
 * - units of three digits: nghìn, triệu, tỷ; beyond a tỷ the reading repeats: 10^12 = "một nghìn tỷ", 10^18 = "một tỷ tỷ".
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const GROUP_UNITS = ['', 'nghìn', 'triệu'] as const;
const BILLION = 1_000_000_000n;

const digit = (d: number) => DIGITS[d]!;

/** Reads 0–999; `full` reads the hundreds even when zero ("không trăm …"), as inside a larger number. */
function readTriple(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(digit(h), 'trăm');
  if (t === 0) {
    if (u > 0 && words.length > 0) words.push('linh');
  } else if (t === 1) {
    words.push('mười');
  } else {
    words.push(digit(t), 'mươi');
  }
  if (u > 0) {
    if (u === 1 && t >= 2) words.push('mốt');
    else if (u === 5 && t >= 1) words.push('lăm');
    else words.push(digit(u));
  }
  return words;
}

/** Reads 1 ≤ n < 10^9; `full` when a larger part precedes (so the first group is read in full). */
function readBelowBillion(n: bigint, full: boolean): string[] {
  const groups = [Number(n / 1_000_000n), Number((n / 1000n) % 1000n), Number(n % 1000n)];
  const words: string[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return;
    const unit = GROUP_UNITS[2 - i]!;
    words.push(...readTriple(g, full || words.length > 0), ...(unit ? [unit] : []));
  });
  return words;
}

/** Reads a positive integer of any size: tỷ groups of nine digits, each read like a number below a tỷ. */
function readPositive(n: bigint): string[] {
  if (n < BILLION) return readBelowBillion(n, false);
  const high = n / BILLION;
  const low = n % BILLION;
  const words = [...readPositive(high), 'tỷ'];
  if (low > 0n) words.push(...readBelowBillion(low, true));
  return words;
}

/** The number in lower-case Vietnamese words, without the currency: 21 → "hai mươi mốt". */
export function numberInWords(value: bigint | number): string {
  const n = typeof value === 'bigint' ? value : BigInt(value);
  if (typeof value === 'number' && !Number.isSafeInteger(value))
    throw new RangeError(`Không đọc được số không nguyên hoặc quá lớn: ${value}`);
  if (n === 0n) return 'không';
  if (n < 0n) return `âm ${readPositive(-n).join(' ')}`;
  return readPositive(n).join(' ');
}

/** Amount in words with a capital letter and "đồng": 1_500_000n → "Một triệu năm trăm nghìn đồng". */
export function vndInWords(value: bigint | number | string): string {
  const n = typeof value === 'string' ? BigInt(value.trim()) : value;
  const words = numberInWords(n);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} đồng`;
}
