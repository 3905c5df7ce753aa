import { Button, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../../../shared/format.ts';
import {
  type PeriodKind,
  periodKindLabels,
  periodKinds,
  type SubmissionStatusDto,
} from '../../../../../shared/schemas/reports.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { indexOptions } from '../components/report-create.tsx';
import { ReportStateTag } from '../components/report-state-tag.tsx';
import { ReportsNav } from '../components/reports-nav.tsx';
import { useCreateReport, useSubmissions } from '../reports-api.ts';
import { fill, rt } from '../reports-text.ts';

type ProvinceRow = SubmissionStatusDto['provinces'][number];

/** The agency's desk for a period: who has submitted, and the consolidation of the submitted reports. */
export function ConsolidationPage() {
  const label = useLabel();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const now = new Date(Date.now() + 7 * 3600e3);
  const [period, setPeriod] = useState<{ periodKind: PeriodKind; periodYear: number; periodIndex: number }>({
    periodKind: 'half',
    periodYear: now.getUTCFullYear(),
    periodIndex: now.getUTCMonth() < 6 ? 1 : 2,
  });
  const q = useSubmissions(period);
  const create = useCreateReport();
  const submitted = q.data?.provinces.filter((p) => p.submittedAt).length ?? 0;
  const consolidate = async () => {
    try {
      const r = await create.mutateAsync({ kind: 'consolidated', ...period });
      navigate(`/admin/bao-cao/${r.id}`);
    } catch (e) {
      feedback.error(e);
    }
  };
  const existing = q.data?.consolidation;
  return (
    <>
      <PageHeader
        title={label(rt.consolidation)}
        subtitle={
          q.data
            ? fill(label(rt.submittedCount), { n: submitted, total: q.data.provinces.length })
            : undefined
        }
        extra={
          existing ? (
            <Link to={`/admin/bao-cao/${existing.id}`} data-testid="open-consolidation">
              <Button>{`${label(rt.openConsolidation)} (v${existing.version})`}</Button>
            </Link>
          ) : (
            <Button
              type="primary"
              disabled={submitted === 0}
              loading={create.isPending}
              onClick={() => void consolidate()}
              data-testid="consolidate"
            >
              {label(rt.consolidate)}
            </Button>
          )
        }
      />
      <ReportsNav />
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          style={{ width: 140 }}
          value={period.periodKind}
          onChange={(k) => setPeriod({ ...period, periodKind: k, periodIndex: 1 })}
          options={periodKinds.map((k) => ({ value: k, label: label(periodKindLabels[k]) }))}
        />
        <InputNumber
          min={2010}
          max={2100}
          value={period.periodYear}
          onChange={(v) => v && setPeriod({ ...period, periodYear: v })}
        />
        {period.periodKind !== 'year' ? (
          <Select
            style={{ width: 180 }}
            value={period.periodIndex}
            onChange={(i) => setPeriod({ ...period, periodIndex: i })}
            options={indexOptions(period.periodKind)}
          />
        ) : null}
      </Space>
      {q.error ? <QueryError error={q.error} retry={() => void q.refetch()} /> : null}
      <Table<ProvinceRow>
        rowKey="code"
        size="small"
        loading={q.isFetching}
        dataSource={q.data?.provinces}
        pagination={false}
        data-testid="submissions"
        columns={[
          { title: label(rt.provinces), dataIndex: 'name' },
          {
            title: label(rt.state),
            width: 240,
            render: (_, p) => (p.state ? <ReportStateTag state={p.state} /> : label(rt.notYet)),
          },
          { title: label(rt.version), dataIndex: 'version', width: 90, align: 'right' },
          {
            title: label(rt.submittedAt),
            width: 170,
            render: (_, p) => (p.submittedAt ? formatDateTime(p.submittedAt) : '—'),
          },
          {
            title: '',
            width: 80,
            render: (_, p) =>
              p.reportId ? <Link to={`/admin/bao-cao/${p.reportId}`}>{label(rt.open)}</Link> : null,
          },
        ]}
      />
    </>
  );
}
