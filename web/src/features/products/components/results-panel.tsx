import { Card, Progress, Space, Table, Tag } from 'antd';
import type { ResultRow, RoundDto } from '../../../../../shared/schemas/products.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useResults } from '../api.ts';
import { councilRoleLabels, criterionShort, groupLabels, tx } from '../text.ts';

const num = (n: number | null) => (n === null ? '' : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** Scoring progress per member and the results table: average, spread, pass/fail and rank within each group. */
export function ResultsPanel({ round }: { round: RoundDto }) {
  const label = useLabel();
  const results = useResults(round.id, round.abilities.viewResults === true);
  if (results.error) return <QueryError error={results.error} retry={() => void results.refetch()} />;
  const r = results.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={label(tx.progress)} loading={!r}>
        {r ? (
          <>
            <Progress
              percent={r.progress.percent}
              format={() => `${r.progress.submittedSheets}/${r.progress.expectedSheets}`}
            />
            <Space wrap>
              {r.members.map((m) => (
                <Tag key={m.memberId} color={m.submitted >= m.expected ? 'green' : 'default'}>
                  {m.fullName} ({label(councilRoleLabels[m.role])}): {m.submitted}/{m.expected}
                </Tag>
              ))}
            </Space>
          </>
        ) : null}
      </Card>
      <Table<ResultRow>
        rowKey="entryId"
        loading={results.isFetching}
        dataSource={[...(r?.rows ?? [])].sort(
          (a, b) => a.group.localeCompare(b.group) || (a.rankInGroup ?? 999) - (b.rankInGroup ?? 999),
        )}
        pagination={false}
        scroll={{ x: 1500 }}
        data-testid="results-table"
        columns={[
          { key: 'group', title: label(tx.group), width: 200, render: (_, x) => label(groupLabels[x.group]) },
          {
            key: 'rank',
            title: label(tx.rank),
            width: 110,
            render: (_, x) =>
              x.rankInGroup ? `${x.rankInGroup}${x.tied ? ` (${label(tx.tied)})` : ''}` : '',
          },
          {
            key: 'name',
            title: label(tx.productName),
            width: 260,
            render: (_, x) => (
              <>
                <strong>{x.name}</strong>
                <div style={{ color: '#666' }}>{x.establishmentName}</div>
              </>
            ),
          },
          {
            key: 'sheets',
            title: label(tx.sheets),
            width: 90,
            render: (_, x) => `${x.sheets}/${x.eligibleMembers}`,
          },
          {
            key: 'avg',
            title: label(tx.average),
            width: 110,
            align: 'right',
            render: (_, x) => num(x.average),
          },
          ...(r
            ? Object.keys(r.rows[0]?.criterionAverages ?? {}).map((c) => ({
                key: `c-${c}`,
                title: criterionShort[c] ? label(criterionShort[c]) : c,
                width: 110,
                align: 'right' as const,
                render: (_: unknown, x: ResultRow) => num(x.criterionAverages[c] ?? null),
              }))
            : []),
          {
            key: 'spread',
            title: label(tx.spread),
            width: 120,
            align: 'right',
            render: (_, x) => (x.spread === null ? '' : `${x.spread} (${x.min}–${x.max})`),
          },
          {
            key: 'pass',
            title: `${label(tx.passed)} (≥ ${r?.threshold ?? 70})`,
            width: 140,
            render: (_, x) =>
              !x.quorumMet ? (
                <Tag>{label(tx.noQuorum)}</Tag>
              ) : x.passed ? (
                <Tag color="green">{label(tx.passed)}</Tag>
              ) : (
                <Tag color="red">{label(tx.failed)}</Tag>
              ),
          },
          { key: 'cert', title: label(tx.certificate), width: 170, dataIndex: 'certificateNumber' },
          {
            key: 'complaints',
            title: label(tx.openComplaints),
            width: 120,
            align: 'right',
            dataIndex: 'openComplaints',
          },
        ]}
      />
    </Space>
  );
}
