import { Button, Card, Col, Row, Segmented, Select, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDate, formatInteger, formatVnd } from '../../../../../shared/format.ts';
import {
  type DashboardDto,
  latestPlanYear,
  levelFilterLabels,
  levelFilters,
} from '../../../../../shared/schemas/indicators.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { EChart, toMillion } from '../components/echart.tsx';
import { FigureCard } from '../components/figure-card.tsx';
import { ProvinceTileMap } from '../components/province-tile-map.tsx';
import { ReportsNav } from '../components/reports-nav.tsx';
import { useDashboard } from '../indicators-api.ts';
import { fill, ix } from '../indicators-text.ts';

type Metric = 'approved' | 'contracted' | 'disbursed';
const years = Array.from({ length: 12 }, (_, i) => latestPlanYear() - i);

/** Leaders' dashboard (/admin/bao-cao/bang-dieu-khien): the year at a glance, map, charts; all drill down. */
export function LeadersDashboardPage() {
  const label = useLabel();
  const me = useMe();
  const navigate = useNavigate();
  const [sp, setSp] = useSearchParams();
  const [metric, setMetric] = useState<Metric>('approved');
  const department = me.user.role.startsWith('department');
  const params = {
    year: Number(sp.get('year')) || latestPlanYear(),
    level: sp.get('level') ?? 'all',
    provinceCode: sp.get('provinceCode') ?? undefined,
  };
  const set = (k: string, v: string | number | undefined) =>
    setSp(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, String(v));
        return next;
      },
      { replace: true },
    );
  const q = useDashboard(params);
  const d = q.data;

  return (
    <>
      <PageHeader
        title={label(ix.dashboard)}
        subtitle={label(ix.dashboardSub)}
        extra={
          <Link to="/admin/bao-cao/chi-so">
            <Button>{label(ix.toIndicators)}</Button>
          </Link>
        }
      />
      <ReportsNav />
      <FilterBar>
        <Select
          aria-label={label(ix.year)}
          value={params.year}
          onChange={(v) => set('year', v)}
          options={years.map((y) => ({ value: y, label: `${label(ix.year)} ${y}` }))}
          style={{ width: 180 }}
        />
        <Segmented
          value={params.level}
          onChange={(v) => set('level', String(v))}
          options={levelFilters.map((l) => ({ value: l, label: label(levelFilterLabels[l]) }))}
        />
        {department ? null : (
          <ProvinceSelect
            value={params.provinceCode}
            onChange={(v) => set('provinceCode', v)}
            placeholder={label(ix.nation)}
          />
        )}
      </FilterBar>
      {q.error ? <QueryError error={q.error} retry={() => q.refetch()} /> : null}
      {!d ? (
        <Skeleton active />
      ) : (
        <>
          <Totals d={d} />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} lg={8}>
              <Card size="small" title={label(ix.map)}>
                <Segmented
                  size="small"
                  value={metric}
                  style={{ marginBottom: 8 }}
                  onChange={(v) => setMetric(v as Metric)}
                  options={(['approved', 'contracted', 'disbursed'] as const).map((m) => ({
                    value: m,
                    label: label(ix[m]),
                  }))}
                />
                <ProvinceTileMap
                  title={label(ix.map)}
                  areas={d.provinces.map((p) => ({
                    code: p.code,
                    name: p.name,
                    value: p[metric],
                    drill: p.drill,
                  }))}
                />
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
                  {label(ix.mapNote)}
                </Typography.Paragraph>
              </Card>
            </Col>
            <Col xs={24} lg={16}>
              <Card size="small" title={label(ix.monthly)}>
                <MonthlyChart d={d} onMonth={() => navigate(d.totals.contracted.drill)} />
              </Card>
              <Card size="small" title={label(ix.byContent)} style={{ marginTop: 16 }}>
                <ContentChart
                  d={d}
                  onContent={(i) => navigate(d.contents[i]?.drill ?? d.totals.approved.drill)}
                />
              </Card>
            </Col>
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {fill(label(ix.asOf), { d: formatDate(d.asOf) })}
          </Typography.Paragraph>
        </>
      )}
    </>
  );
}

function Totals({ d }: { d: DashboardDto }) {
  const label = useLabel();
  const t = d.totals;
  const schemes = (n: number | null) => fill(label(ix.schemesN), { n: formatInteger(n ?? 0) });
  const cards = [
    { key: 'envelope', title: label(ix.envelope), f: t.envelope, note: null },
    { key: 'approved', title: label(ix.approved), f: t.approved, note: schemes(t.approved.count) },
    { key: 'assigned', title: label(ix.assigned), f: t.assigned, note: schemes(t.assigned.count) },
    {
      key: 'contracted',
      title: label(ix.contracted),
      f: t.contracted,
      note: fill(label(ix.contractsN), { n: formatInteger(t.contracted.count ?? 0) }),
    },
    { key: 'disbursed', title: label(ix.disbursed), f: t.disbursed, note: null },
    {
      key: 'atRisk',
      title: label(ix.atRisk),
      f: t.atRisk,
      note: fill(label(t.atRisk.capped ? ix.cappedN : ix.contractsN), {
        n: formatInteger(t.atRisk.count ?? 0),
      }),
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col key={c.key} xs={24} sm={12} md={8} xl={4}>
          <FigureCard
            title={c.title}
            value={c.f.value}
            note={c.note}
            to={c.f.drill}
            testId={`figure-${c.key}`}
            danger={c.key === 'atRisk' && (c.f.count ?? 0) > 0}
          />
        </Col>
      ))}
    </Row>
  );
}

function MonthlyChart({ d, onMonth }: { d: DashboardDto; onMonth: () => void }) {
  const label = useLabel();
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number) => `${formatInteger(v)} ${label(ix.million)}`,
      },
      legend: { bottom: 0 },
      grid: { left: 60, right: 20, top: 20, bottom: 50 },
      xAxis: { type: 'category', data: d.months.map((m) => fill(label(ix.month), { m: m.month })) },
      yAxis: { type: 'value', name: label(ix.million) },
      series: [
        { name: label(ix.signedValue), type: 'bar', data: d.months.map((m) => toMillion(m.signedValue)) },
        {
          name: label(ix.cumDisbursed),
          type: 'line',
          smooth: true,
          data: d.months.map((m) => toMillion(m.cumulativeDisbursed)),
        },
      ],
    }),
    [d, label],
  );
  return (
    <EChart
      option={option}
      height={280}
      onClick={onMonth}
      testId="chart-monthly"
      ariaLabel={label(ix.monthly)}
    />
  );
}

function ContentChart({ d, onContent }: { d: DashboardDto; onContent: (i: number) => void }) {
  const label = useLabel();
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number) => `${formatInteger(v)} ${label(ix.million)}`,
      },
      legend: { bottom: 0 },
      grid: { left: 60, right: 20, top: 20, bottom: 50 },
      xAxis: { type: 'category', data: d.contents.map((c) => c.code) },
      yAxis: { type: 'value', name: label(ix.million) },
      series: (['approved', 'contracted', 'disbursed'] as const).map((k) => ({
        name: label(ix[k]),
        type: 'bar',
        data: d.contents.map((c) => toMillion(c[k])),
      })),
    }),
    [d, label],
  );
  if (!d.contents.length) return <Typography.Text type="secondary">{label(ix.none)}</Typography.Text>;
  return (
    <>
      <EChart
        option={option}
        height={260}
        onClick={(e) => onContent(e.dataIndex)}
        testId="chart-contents"
        ariaLabel={label(ix.byContent)}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {d.contents.map((c) => `${c.code}: ${c.name} (${formatVnd(c.approved)})`).join(' · ')}
      </Typography.Text>
    </>
  );
}
