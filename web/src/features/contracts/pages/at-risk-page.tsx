import { InputNumber, Select, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../../../../../shared/format.ts';
import { type ContractState, contractStateLabels } from '../../../../../shared/schemas/contracts.ts';
import { type AtRiskItemDto, riskCodes } from '../../../../../shared/schemas/contracts-monitoring.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useAtRisk } from '../api.ts';
import { ContractsNav } from '../components/contracts-nav.tsx';
import { fill } from '../components/tags.tsx';
import { tx } from '../text.ts';

const reasonLabels: Record<(typeof riskCodes)[number], string> = {
  not_signed: 'Chưa ký hợp đồng',
  behind_schedule: 'Chậm tiến độ',
  late_report: 'Chậm báo cáo',
  spending_off: 'Giải ngân lệch tiến độ',
  settlement_due: 'Sắp hạn quyết toán',
  settlement_overdue: 'Quá hạn quyết toán',
};

/** The early-warning list: each scheme at risk with its reasons, so it can be helped before it is stopped. */
export function AtRiskPage() {
  const label = useLabel();
  const list = useListState(['planYear', 'level', 'provinceCode', 'reason'] as const);
  const { params, update } = list;
  const q = useAtRisk(params);
  return (
    <>
      <PageHeader
        title={label(tx.atRisk)}
        subtitle={q.data ? fill(label(tx.asOf), { date: formatDate(q.data.asOf) }) : undefined}
      />
      <ContractsNav />
      <div style={{ display: 'flex', gap: 8, marginBottom: 12, flexWrap: 'wrap' }}>
        <InputNumber
          placeholder={label(tx.year)}
          value={params.planYear ? Number(params.planYear) : null}
          onChange={(v) => update({ planYear: v ?? undefined })}
        />
        <Select
          allowClear
          style={{ width: 240 }}
          placeholder={label(tx.reasons)}
          value={params.reason}
          onChange={(v) => update({ reason: v })}
          options={riskCodes.map((r) => ({ value: r, label: reasonLabels[r] }))}
        />
      </div>
      {q.error ? <QueryError error={q.error} retry={() => void q.refetch()} /> : null}
      <Table<AtRiskItemDto>
        rowKey="contractId"
        size="small"
        loading={q.isFetching}
        dataSource={q.data?.items}
        data-testid="at-risk"
        onChange={list.onTableChange}
        pagination={list.pagination(q.data?.total, (n) => `${n}${q.data?.totalCapped ? '+' : ''}`)}
        columns={[
          {
            title: label(tx.scheme),
            render: (_, r) => (
              <Link to={`/admin/hop-dong/${r.contractId}`}>
                <Typography.Text strong>{r.schemeCode}</Typography.Text> · {r.schemeTitle}
              </Link>
            ),
          },
          { title: label(tx.implementer), dataIndex: 'implementerName', width: 220 },
          {
            title: label(tx.state),
            width: 130,
            render: (_, r) => label(contractStateLabels[r.contractState as ContractState]),
          },
          {
            title: label(tx.reasons),
            render: (_, r) =>
              r.reasons.map((x) => (
                <div key={x.code}>
                  <Tag color="orange">{reasonLabels[x.code]}</Tag>
                  {x.message}
                </div>
              )),
          },
        ]}
      />
    </>
  );
}
