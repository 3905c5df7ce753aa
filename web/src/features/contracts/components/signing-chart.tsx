import { Typography } from 'antd';
import { formatDate } from '../../../../../shared/format.ts';
import type { SigningProgressDto } from '../../../../../shared/schemas/contracts.ts';

/** Cumulative share of the plan's contracts signed, by signing day: a small dependency-free SVG line. */
export function SigningChart({ data }: { data: SigningProgressDto }) {
  const w = 560;
  const h = 160;
  const pad = 28;
  if (!data.series.length) return <Typography.Text type="secondary">—</Typography.Text>;
  const t0 = Date.parse(data.series[0]!.date);
  const t1 = Math.max(t0 + 86400e3, Date.parse(data.series.at(-1)!.date));
  const x = (d: string) => pad + ((Date.parse(d) - t0) / (t1 - t0)) * (w - 2 * pad);
  const y = (p: number) => h - pad - (p / 100) * (h - 2 * pad);
  const points = data.series.map((s) => `${x(s.date).toFixed(1)},${y(s.percent).toFixed(1)}`).join(' ');
  return (
    <svg
      viewBox={`0 0 ${w} ${h}`}
      width="100%"
      role="img"
      aria-label="signing-chart"
      data-testid="signing-chart"
    >
      <line x1={pad} y1={y(0)} x2={w - pad} y2={y(0)} stroke="#bbb" />
      <line x1={pad} y1={y(100)} x2={w - pad} y2={y(100)} stroke="#eee" />
      <text x={2} y={y(100) + 4} fontSize="10">
        100%
      </text>
      <text x={2} y={y(0) + 4} fontSize="10">
        0%
      </text>
      <polyline points={points} fill="none" stroke="#1677ff" strokeWidth="2" />
      {data.series.map((s) => (
        <circle key={s.date} cx={x(s.date)} cy={y(s.percent)} r="3" fill="#1677ff">
          <title>{`${formatDate(s.date)}: ${s.signed} (${s.percent}%)`}</title>
        </circle>
      ))}
      <text x={pad} y={h - 6} fontSize="10">
        {formatDate(data.series[0]!.date)}
      </text>
      <text x={w - pad} y={h - 6} fontSize="10" textAnchor="end">
        {formatDate(data.series.at(-1)!.date)}
      </text>
    </svg>
  );
}
