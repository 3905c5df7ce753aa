import { Card, Col, Descriptions, Row, Select, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime, formatVnd } from '../../../../../shared/format.ts';
import type { PlanDetail, RunDecision, RunDetail } from '../../../../../shared/schemas/plans.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useRun } from '../api.ts';
import { tx } from '../text.ts';

const yes = (v: boolean, l: (x: { vi: string; en: string }) => string) => (
  <Tag color={v ? 'success' : 'default'}>{l(v ? tx.inPlan : tx.outPlan)}</Tag>
);

function RunCard({ run }: { run: RunDetail }) {
  const label = useLabel();
  const f = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return (
    <Descriptions size="small" bordered column={1} data-testid={`run-${run.seq}`}>
      <Descriptions.Item
        label={`#${run.seq}`}
      >{`${formatDateTime(run.createdAt)} · ${run.createdByName ?? ''}${run.note ? ` · ${run.note}` : ''}`}</Descriptions.Item>
      <Descriptions.Item label={label(tx.mip)}>
        <span data-testid="mip-value">{`${f(run.mipValue)} — ${run.selectedCount} đề án, ${formatVnd(run.mipAmount)}`}</span>
      </Descriptions.Item>
      <Descriptions.Item label={label(tx.greedy)}>
        <span data-testid="greedy-value">{`${f(run.greedyValue)} — ${run.greedyCount} đề án, ${formatVnd(run.greedyAmount)}`}</span>
      </Descriptions.Item>
      <Descriptions.Item
        label={label(tx.difference)}
      >{`+${f(run.mipValue - run.greedyValue)} (${run.greedyValue ? (((run.mipValue - run.greedyValue) / run.greedyValue) * 100).toFixed(2) : '0'} %)`}</Descriptions.Item>
      <Descriptions.Item
        label={label(tx.gap)}
      >{`${run.gap.toExponential(2)} (${run.status === 'optimal' ? 'tối ưu đã chứng minh' : 'dừng do giới hạn thời gian'}) · ${run.solveMs} ms`}</Descriptions.Item>
    </Descriptions>
  );
}

/** The runs of a plan, each kept: pick any two to see them side by side, with each scheme's decision explained. */
export function PlanRuns({ plan }: { plan: PlanDetail }) {
  const label = useLabel();
  const [a, setA] = useState<string | undefined>();
  const [b, setB] = useState<string | undefined>();
  const [onlyDiff, setOnlyDiff] = useState(false);
  const left = useRun(plan.id, a ?? plan.runs[0]?.id);
  const right = useRun(plan.id, b ?? plan.runs[1]?.id);
  if (!plan.runs.length) return <Typography.Text type="secondary">{label(tx.none)}</Typography.Text>;
  const options = plan.runs.map((r) => ({
    value: r.id,
    label: `#${r.seq} · ${formatDateTime(r.createdAt)}${r.note ? ` · ${r.note}` : ''}`,
  }));
  const L = left.data;
  const R = right.data;
  const inRight = new Map((R?.decisions ?? []).map((d) => [d.schemeId, d.inMip]));
  const rows = (L?.decisions ?? []).filter(
    (d) => !onlyDiff || d.inMip !== d.inGreedy || (R && inRight.get(d.schemeId) !== d.inMip),
  );
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col xs={24} xl={12}>
          <Select
            style={{ width: '100%', marginBottom: 8 }}
            value={L?.id}
            options={options}
            onChange={setA}
            data-testid="run-left"
          />
          {L ? <RunCard run={L} /> : null}
        </Col>
        <Col xs={24} xl={12}>
          {plan.runs.length > 1 ? (
            <>
              <Select
                style={{ width: '100%', marginBottom: 8 }}
                value={R?.id}
                options={options}
                onChange={setB}
                data-testid="run-right"
              />
              {R ? <RunCard run={R} /> : null}
            </>
          ) : null}
        </Col>
      </Row>
      <Card
        size="small"
        title={label(tx.reason)}
        extra={
          <span>
            {label(tx.onlyDiff)} <Switch size="small" checked={onlyDiff} onChange={setOnlyDiff} />
          </span>
        }
      >
        <Table<RunDecision>
          size="small"
          rowKey="schemeId"
          dataSource={[...rows].sort((x, y) => x.rank - y.rank)}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 1300 }}
          data-testid="decisions"
          columns={[
            { title: label(tx.rank), dataIndex: 'rank', width: 60 },
            { title: label(tx.code), dataIndex: 'code', width: 150 },
            { title: label(tx.name), dataIndex: 'title', width: 280 },
            { title: label(tx.province), dataIndex: 'provinceCode', width: 60 },
            { title: label(tx.requested), width: 140, align: 'right', render: (_, d) => formatVnd(d.amount) },
            { title: label(tx.value), dataIndex: 'value', width: 90, align: 'right' },
            { title: label(tx.mip), width: 90, render: (_, d) => yes(d.inMip, label) },
            { title: label(tx.greedy), width: 100, render: (_, d) => yes(d.inGreedy, label) },
            ...(R
              ? [
                  {
                    title: `#${R.seq}`,
                    width: 80,
                    render: (_: unknown, d: RunDecision) => yes(inRight.get(d.schemeId) ?? false, label),
                  },
                ]
              : []),
            { title: label(tx.reason), dataIndex: 'reason' },
          ]}
        />
      </Card>
    </>
  );
}
