import { type Period, type PeriodKind, periodCount } from '../../../../shared/schemas/reports.ts';
import { AppError } from '../../platform/errors.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The calendar span of a period: month m, quarter q, half h (1 = January–June) or the year. */
export function periodOf(kind: PeriodKind, year: number, index: number): Period {
  if (!Number.isInteger(index) || index < 1 || index > periodCount[kind])
    throw new AppError('REPORT_PERIOD_INVALID', { kind, index, max: periodCount[kind] });
  const months = { month: 1, quarter: 3, half: 6, year: 12 }[kind];
  const first = (index - 1) * months + 1;
  const last = first + months - 1;
  return {
    kind,
    year,
    index,
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/** "6 tháng đầu năm 2026", "Quý III/2026", "Tháng 5/2026", "Năm 2026". */
export function periodLabel(p: Pick<Period, 'kind' | 'year' | 'index'>, lang: 'vi' | 'en' = 'vi'): string {
  const roman = ['I', 'II', 'III', 'IV'];
  if (lang === 'en') {
    if (p.kind === 'month') return `${p.year}-${pad(p.index)}`;
    if (p.kind === 'quarter') return `Q${p.index} ${p.year}`;
    if (p.kind === 'half') return `${p.index === 1 ? 'First' : 'Second'} half of ${p.year}`;
    return `Year ${p.year}`;
  }
  if (p.kind === 'month') return `Tháng ${p.index}/${p.year}`;
  if (p.kind === 'quarter') return `Quý ${roman[p.index - 1]}/${p.year}`;
  if (p.kind === 'half') return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
  return `Năm ${p.year}`;
}

/**
 * A report may be made for a period that has ended or is under way (figures to date), never for one that
 * has not begun: its figures would be made up.
 */
export function assertReportable(p: Period, today: string): void {
  if (p.from > today) throw new AppError('REPORT_PERIOD_FUTURE', { from: p.from, period: periodLabel(p) });
}

/** The last day whose facts count: the period's end, or today while the period is under way. */
export const cutOff = (p: Period, today: string) => (p.to < today ? p.to : today);
