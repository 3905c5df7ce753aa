import { Button, Space, Table, Tabs, Tag } from 'antd';
import { useParams } from 'react-router';
import { formatDateTime, formatVnd } from '../../../../../shared/format.ts';
import { ledgerKindLabels, planStateLabels } from '../../../../../shared/schemas/plans.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useFundNext, usePlan } from '../api.ts';
import { PlanActions } from '../components/plan-actions.tsx';
import { PlanLines } from '../components/plan-lines.tsx';
import { PlanRulesCard } from '../components/plan-rules-card.tsx';
import { PlanRuns } from '../components/plan-runs.tsx';
import { planStateColors, tx } from '../text.ts';

/** A plan: envelopes and balances, rules, runs side by side, schemes with pins, approval, assignment, ledger. */
export function PlanPage() {
  const { id = '' } = useParams();
  const label = useLabel();
  const q = usePlan(id);
  const fund = useFundNext(id);
  const fb = useFeedback();
  if (q.error) return <QueryError error={q.error} retry={() => void q.refetch()} />;
  const p = q.data;
  if (!p) return null;
  return (
    <>
      <PageHeader
        title={p.title}
        subtitle={
          <Space wrap>
            <Tag color={planStateColors[p.state]} data-testid="plan-state">
              {label(planStateLabels[p.state])}
            </Tag>
            <Tag>{label(p.level === 'national' ? tx.national : tx.local)}</Tag>
            {p.decisionNumber ? <span>{`QĐ ${p.decisionNumber} · ${p.approvedByName ?? ''}`}</span> : null}
          </Space>
        }
        extra={<PlanActions plan={p} />}
      />
      <PlanRulesCard plan={p} />
      <Tabs
        items={[
          { key: 'runs', label: label(tx.runs), children: <PlanRuns plan={p} /> },
          { key: 'lines', label: label(tx.lines), children: <PlanLines plan={p} /> },
          {
            key: 'next',
            label: `${label(tx.nextFitting)} (${p.nextFitting.length})`,
            children: (
              <Table
                size="small"
                rowKey="schemeId"
                pagination={false}
                dataSource={p.nextFitting}
                locale={{ emptyText: label(tx.none) }}
                columns={[
                  { title: label(tx.code), dataIndex: 'code', width: 160 },
                  { title: label(tx.name), dataIndex: 'title' },
                  {
                    title: label(tx.requested),
                    width: 160,
                    align: 'right',
                    render: (_, n) => formatVnd(n.amount),
                  },
                  {
                    title: '',
                    width: 150,
                    render: (_, n) =>
                      p.abilities.fundNext ? (
                        <Button
                          size="small"
                          onClick={() =>
                            fund.mutate(
                              { schemeId: n.schemeId, version: p.version },
                              { onError: (e) => fb.error(e) },
                            )
                          }
                        >
                          {label(tx.fund)}
                        </Button>
                      ) : null,
                  },
                ]}
              />
            ),
          },
          {
            key: 'ledger',
            label: label(tx.ledger),
            children: (
              <Table
                size="small"
                rowKey="id"
                dataSource={p.ledger}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                data-testid="ledger"
                columns={[
                  { title: label(tx.at), width: 150, render: (_, l) => formatDateTime(l.at) },
                  { title: label(tx.kind), width: 200, render: (_, l) => label(ledgerKindLabels[l.kind]) },
                  {
                    title: label(tx.amount),
                    width: 170,
                    align: 'right',
                    render: (_, l) => formatVnd(l.amount),
                  },
                  { title: label(tx.note), dataIndex: 'reason' },
                  { title: '', dataIndex: 'actorName', width: 160 },
                ]}
              />
            ),
          },
        ]}
      />
    </>
  );
}
