/**
 * Pure formatters for what users read: money in VND (integer đồng, exact beyond 2^53), dates as dd/mm/yyyy.
 * Times are shown in Vietnam time (UTC+7, no daylight saving) whatever the machine's time zone.
 */

const VN_OFFSET_MS = 7 * 3600 * 1000;

/** Integer đồng from a bigint, a safe integer number or a decimal string ("-1234", " 12 "). */
export function toDong(amount: bigint | number | string): bigint {
  if (typeof amount === 'bigint') return amount;
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount)) throw new RangeError(`Số tiền không hợp lệ: ${amount}`);
    return BigInt(Math.round(amount));
  }
  const s = amount.trim();
  if (!/^[-+]?\d+$/.test(s)) throw new RangeError(`Số tiền không hợp lệ: "${amount}"`);
  return BigInt(s);
}

/** Groups digits by thousands with dots: 1234567 → "1.234.567", -5000 → "-5.000". */
export function formatInteger(value: bigint | number | string): string {
  const n = toDong(value);
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return negative ? `-${grouped}` : grouped;
}

/** "1.234.567 ₫"; negative amounts keep their sign in front: "-1.234.567 ₫". */
export function formatVnd(amount: bigint | number | string): string {
  return `${formatInteger(amount)} ₫`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Wall-clock parts in Vietnam time, or null when the value is not a date. */
function vnParts(value: string | Date): { y: number; m: number; d: number; h: number; min: number } | null {
  if (typeof value === 'string') {
    const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (dateOnly)
      return { y: Number(dateOnly[1]), m: Number(dateOnly[2]), d: Number(dateOnly[3]), h: 0, min: 0 };
  }
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const t = new Date(ms + VN_OFFSET_MS);
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    min: t.getUTCMinutes(),
  };
}

/** "2025-07-01" or an ISO timestamp → "01/07/2025"; empty input gives "". */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const p = vnParts(value);
  return p ? `${pad(p.d)}/${pad(p.m)}/${pad(p.y, 4)}` : '';
}

/** ISO timestamp → "01/07/2025 14:05" in Vietnam time; empty input gives "". */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const p = vnParts(value);
  return p ? `${pad(p.d)}/${pad(p.m)}/${pad(p.y, 4)} ${pad(p.h)}:${pad(p.min)}` : '';
}

/**
 * "01/07/2025" (also "1/7/2025", "01-07-2025", "01.07.2025") → "2025-07-01"; null when it is not a real
 * calendar date (31/02/2025) or not in that shape.
 */
export function parseVnDate(text: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
}
