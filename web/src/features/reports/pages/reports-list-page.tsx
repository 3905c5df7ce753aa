import { InputNumber, Select, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../../../shared/format.ts';
import {
  periodKindLabels,
  periodKinds,
  type ReportSummaryDto,
  reportStateLabels,
  reportStates,
} from '../../../../../shared/schemas/reports.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { ReportCreate } from '../components/report-create.tsx';
import { ReportStateTag } from '../components/report-state-tag.tsx';
import { ReportsNav } from '../components/reports-nav.tsx';
import { useReportList } from '../reports-api.ts';
import { rt } from '../reports-text.ts';

/** Every report the user may see (current versions), newest first, with filters kept in the URL. */
export function ReportsListPage() {
  const label = useLabel();
  const list = useListState(['periodYear', 'periodKind', 'state', 'kind', 'provinceCode'] as const);
  const { params, update } = list;
  const q = useReportList(params);
  return (
    <>
      <PageHeader title={label(rt.reports)} subtitle={label(rt.subtitle)} extra={<ReportCreate />} />
      <ReportsNav />
      <div style={{ display: 'flex', gap: 8, marginBottom: 12, flexWrap: 'wrap' }}>
        <InputNumber
          placeholder={label(rt.year)}
          value={params.periodYear ? Number(params.periodYear) : null}
          onChange={(v) => update({ periodYear: v ?? undefined })}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={label(rt.periodKind)}
          value={params.periodKind}
          onChange={(v) => update({ periodKind: v })}
          options={periodKinds.map((k) => ({ value: k, label: label(periodKindLabels[k]) }))}
        />
        <Select
          allowClear
          style={{ width: 240 }}
          placeholder={label(rt.state)}
          value={params.state}
          onChange={(v) => update({ state: v })}
          options={reportStates.map((s) => ({ value: s, label: label(reportStateLabels[s]) }))}
        />
      </div>
      {q.error ? <QueryError error={q.error} retry={() => void q.refetch()} /> : null}
      <Table<ReportSummaryDto>
        rowKey="id"
        size="small"
        loading={q.isFetching}
        dataSource={q.data?.items}
        data-testid="reports"
        onChange={list.onTableChange}
        pagination={list.pagination(q.data?.total, (n) => `${n}`)}
        columns={[
          {
            title: label(rt.title),
            render: (_, r) => (
              <Link to={`/admin/bao-cao/${r.id}`}>
                <Typography.Text strong>{r.title}</Typography.Text>
              </Link>
            ),
          },
          { title: label(rt.period), dataIndex: 'periodLabel', width: 170 },
          { title: label(rt.version), dataIndex: 'version', width: 90, align: 'right' },
          { title: label(rt.state), width: 200, render: (_, r) => <ReportStateTag state={r.state} /> },
          {
            title: label(rt.number),
            width: 170,
            render: (_, r) => (r.number ? `${r.number} · ${formatDate(r.issuedDate)}` : '—'),
          },
          {
            title: label(rt.submittedAt),
            width: 150,
            render: (_, r) => (r.submittedAt ? formatDateTime(r.submittedAt) : '—'),
          },
        ]}
      />
    </>
  );
}
