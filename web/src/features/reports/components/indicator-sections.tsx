import { Card, Col, Row, Table, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatInteger, formatVnd } from '../../../../../shared/format.ts';
import type {
  ChangesIndicator,
  DispersionIndicator,
  DispersionRow,
  KindsIndicator,
  PriorityIndicator,
  SigningIndicator,
} from '../../../../../shared/schemas/indicators.ts';
import { schemeKindLabels } from '../../../../../shared/schemas/schemes.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { fill, ix } from '../indicators-text.ts';
import { EChart } from './echart.tsx';

const pct = (n: number) => `${n.toLocaleString('vi-VN')}%`;
const open = (to: string, text: string) => <Link to={to}>{text}</Link>;

/** Contracts signed by date: one cumulative curve per year, months on the x axis. */
export function SigningSection({ data }: { data: SigningIndicator }) {
  const label = useLabel();
  const navigate = useNavigate();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => pct(v) },
      legend: { bottom: 0 },
      grid: { left: 50, right: 20, top: 20, bottom: 50 },
      xAxis: {
        type: 'category',
        data: Array.from({ length: 12 }, (_, i) => fill(label(ix.month), { m: i + 1 })),
      },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: data.years.map((y) => ({
        name: String(y.year),
        type: 'line',
        data: y.curve.map((p) => p.percent),
      })),
    }),
    [data, label],
  );
  return (
    <Card size="small" title={label(ix.signing)}>
      <EChart
        option={option}
        onClick={(e) => navigate(data.years[e.seriesIndex ?? 0]?.drill ?? '/admin/hop-dong')}
        testId="chart-signing"
        ariaLabel={label(ix.signing)}
      />
      <Table
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={data.years}
        columns={[
          { key: 'year', title: label(ix.year), render: (_, y) => open(y.drill, String(y.year)) },
          {
            key: 'n',
            title: label(ix.contracts),
            align: 'right',
            render: (_, y) => formatInteger(y.contracts),
          },
          { key: 's', title: label(ix.signed), align: 'right', render: (_, y) => formatInteger(y.signed) },
          {
            key: 'sv',
            title: label(ix.contracted),
            align: 'right',
            render: (_, y) => formatVnd(y.signedValue),
          },
          {
            key: 'd',
            title: label(ix.medianDays),
            align: 'right',
            render: (_, y) => (y.medianDays === null ? '—' : formatInteger(Math.round(y.medianDays))),
          },
        ]}
      />
    </Card>
  );
}

/** Stopped and adjusted schemes per year: counts as bars, a table of values, rates and reasons. */
export function ChangesSection({ data }: { data: ChangesIndicator }) {
  const label = useLabel();
  const navigate = useNavigate();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 50, right: 20, top: 20, bottom: 50 },
      xAxis: { type: 'category', data: data.years.map((y) => String(y.year)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: label(ix.stopped), type: 'bar', data: data.years.map((y) => y.stopped) },
        { name: label(ix.adjusted), type: 'bar', data: data.years.map((y) => y.adjusted) },
      ],
    }),
    [data, label],
  );
  const reasons = (rs: { reason: string; schemes: number }[]) =>
    rs.map((r) => `${r.reason} (${r.schemes})`).join('; ') || '—';
  return (
    <Card size="small" title={label(ix.changes)}>
      <EChart
        option={option}
        height={240}
        onClick={(e) => {
          const y = data.years[e.dataIndex];
          if (y) navigate(e.seriesIndex === 0 ? y.drillStopped : y.drillPlanned);
        }}
        testId="chart-changes"
        ariaLabel={label(ix.changes)}
      />
      <Table
        size="small"
        rowKey="year"
        pagination={false}
        scroll={{ x: true }}
        dataSource={data.years}
        columns={[
          { key: 'y', title: label(ix.year), render: (_, y) => open(y.drillPlanned, String(y.year)) },
          { key: 'p', title: label(ix.planned), align: 'right', render: (_, y) => formatInteger(y.planned) },
          {
            key: 's',
            title: label(ix.stopped),
            align: 'right',
            render: (_, y) =>
              open(y.drillStopped, `${y.stopped} · ${pct(y.stoppedPercent)} · ${formatVnd(y.stoppedValue)}`),
          },
          {
            key: 'a',
            title: label(ix.adjusted),
            align: 'right',
            render: (_, y) => `${y.adjusted} · ${pct(y.adjustedPercent)} · ${formatVnd(y.adjustedValue)}`,
          },
          {
            key: 'd',
            title: label(ix.fundingDelta),
            align: 'right',
            render: (_, y) => formatVnd(y.fundingDelta),
          },
          {
            key: 'r',
            title: label(ix.reasons),
            render: (_, y) => (
              <Typography.Text style={{ fontSize: 12 }}>
                {label(ix.stopped)}: {reasons(y.stopReasons)}
                <br />
                {label(ix.adjusted)}: {reasons(y.adjustReasons)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** Anti-dispersion share and HHI: by year, by province, by content (tabs). */
export function DispersionSection({ data }: { data: DispersionIndicator }) {
  const label = useLabel();
  const table = (rows: DispersionRow[]) => (
    <Table
      size="small"
      rowKey="key"
      pagination={rows.length > 12 ? { pageSize: 12 } : false}
      dataSource={rows}
      columns={[
        { key: 'n', title: '', render: (_, r) => open(r.drill, r.name) },
        { key: 's', title: label(ix.schemes), align: 'right', render: (_, r) => formatInteger(r.schemes) },
        { key: 'a', title: label(ix.amount), align: 'right', render: (_, r) => formatVnd(r.amount) },
        { key: 'u', title: label(ix.under), align: 'right', render: (_, r) => formatInteger(r.under) },
        { key: 'p', title: label(ix.underShare), align: 'right', render: (_, r) => pct(r.underPercent) },
        { key: 'h', title: label(ix.hhi), align: 'right', render: (_, r) => r.hhi.toLocaleString('vi-VN') },
      ]}
    />
  );
  return (
    <Card
      size="small"
      title={label(ix.dispersion)}
      extra={
        <Typography.Text type="secondary">
          {label(ix.total)}: {pct(data.total.underPercent)} · HHI {data.total.hhi.toLocaleString('vi-VN')}
        </Typography.Text>
      }
    >
      <Tabs
        size="small"
        items={[
          { key: 'y', label: label(ix.byYear), children: table(data.byYear) },
          { key: 'p', label: label(ix.byProvince), children: table(data.byProvince) },
          { key: 'c', label: label(ix.byContentTab), children: table(data.byContent) },
        ]}
      />
    </Card>
  );
}

/** Point and group schemes' share of funds per year (stacked bars), and priority areas. */
export function SharesSection({ kinds, priority }: { kinds: KindsIndicator; priority: PriorityIndicator }) {
  const label = useLabel();
  const navigate = useNavigate();
  const kindOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => pct(v) },
      legend: { bottom: 0 },
      grid: { left: 50, right: 20, top: 20, bottom: 70 },
      xAxis: { type: 'category', data: kinds.years.map((y) => String(y.year)) },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: (kinds.years[0]?.kinds ?? []).map((k, i) => ({
        name: label(schemeKindLabels[k.kind]),
        type: 'bar',
        stack: 'kind',
        data: kinds.years.map((y) => y.kinds[i]?.amountPercent ?? 0),
      })),
    }),
    [kinds, label],
  );
  const prioOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => pct(v) },
      legend: { bottom: 0 },
      grid: { left: 50, right: 20, top: 20, bottom: 50 },
      xAxis: { type: 'category', data: priority.years.map((y) => String(y.year)) },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: label(ix.share), type: 'bar', data: priority.years.map((y) => y.percent) },
        { name: label(ix.amountShare), type: 'bar', data: priority.years.map((y) => y.amountPercent) },
      ],
    }),
    [priority, label],
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={label(ix.kinds)}>
          <EChart
            option={kindOption}
            height={280}
            onClick={(e) => {
              const k = kinds.years[e.dataIndex]?.kinds[e.seriesIndex ?? 0];
              if (k) navigate(k.drill);
            }}
            testId="chart-kinds"
            ariaLabel={label(ix.kinds)}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={label(ix.priority)}>
          <EChart
            option={prioOption}
            height={200}
            onClick={(e) => {
              const y = priority.years[e.dataIndex];
              if (y) navigate(y.drill);
            }}
            testId="chart-priority"
            ariaLabel={label(ix.priority)}
          />
          <Table
            size="small"
            rowKey="provinceCode"
            pagination={{ pageSize: 5 }}
            dataSource={priority.byProvince}
            columns={[
              { key: 'n', title: label(ix.byProvince), render: (_, p) => open(p.drill, p.name) },
              {
                key: 's',
                title: label(ix.schemes),
                align: 'right',
                render: (_, p) => `${formatInteger(p.schemes)} (${pct(p.percent)})`,
              },
              {
                key: 'a',
                title: label(ix.amountShare),
                align: 'right',
                render: (_, p) => `${formatVnd(p.amount)} (${pct(p.amountPercent)})`,
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
