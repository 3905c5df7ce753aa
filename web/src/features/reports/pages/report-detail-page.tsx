import { Alert, Card, Descriptions, Progress, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime, formatInteger } from '../../../../../shared/format.ts';
import {
  outputLabels,
  type ReportOutputs,
  reportSections,
  sectionLabels,
} from '../../../../../shared/schemas/reports.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { FiguresTable } from '../components/figures-table.tsx';
import { ReportActions } from '../components/report-actions.tsx';
import { ReportStateTag } from '../components/report-state-tag.tsx';
import { ReportsNav } from '../components/reports-nav.tsx';
import { useReport } from '../reports-api.ts';
import { fill, rt } from '../reports-text.ts';

/** One report: its figures by breakdown, outputs, versions and what changed against the previous version. */
export function ReportDetailPage() {
  const { id = '' } = useParams();
  const label = useLabel();
  const q = useReport(id);
  const r = q.data;
  if (q.error) return <QueryError error={q.error} retry={() => void q.refetch()} />;
  if (!r) return <Card loading />;
  const data = r.data;
  const frozen = r.state === 'submitted' || r.state === 'superseded';
  return (
    <>
      <PageHeader
        title={r.title}
        subtitle={
          <Space wrap>
            <span>{r.periodLabel}</span>
            <ReportStateTag state={r.state} />
            <Tag>{`${label(rt.version)} ${r.version}`}</Tag>
            {r.number ? <span>{`${r.number} · ${formatDate(r.issuedDate)}`}</span> : null}
          </Space>
        }
        extra={<ReportActions r={r} />}
      />
      <ReportsNav />
      {r.state === 'generating' ? (
        <Alert
          type="info"
          showIcon
          message={label(rt.generating)}
          description={<Progress percent={50} status="active" />}
        />
      ) : null}
      {r.state === 'failed' ? (
        <Alert type="error" showIcon message={label(rt.failed)} description={r.error ?? ''} />
      ) : null}
      {data ? (
        <Alert
          style={{ marginBottom: 12 }}
          type={frozen ? 'success' : 'warning'}
          data-testid="report-freeze-note"
          message={
            frozen
              ? fill(label(rt.frozen), { date: formatDateTime(r.submittedAt) })
              : fill(label(rt.draftNote), { date: formatDateTime(data.computedAt) })
          }
        />
      ) : null}
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text type="secondary">{label(rt.versions)}:</Typography.Text>
        {r.versions.map((v) =>
          v.id === r.id ? (
            <Tag key={v.id} color="blue">{`v${v.version}`}</Tag>
          ) : (
            <Link key={v.id} to={`/admin/bao-cao/${v.id}`}>{`v${v.version}`}</Link>
          ),
        )}
        {r.kind === 'consolidated' && r.sources.length ? (
          <Typography.Text type="secondary">
            {fill(label(rt.sources), { n: r.sources.length })}
          </Typography.Text>
        ) : null}
      </Space>
      {data ? (
        <>
          <Card size="small" title={label(rt.totals)} style={{ marginBottom: 12 }}>
            <FiguresTable rows={[]} totals={data.totals} testId="report-totals" />
          </Card>
          <Tabs
            items={reportSections
              .filter((s) => data[s] && !(s === 'byProvince' && r.provinceCode))
              .map((s) => ({
                key: s,
                label: label(sectionLabels[s]),
                children: <FiguresTable rows={data[s] ?? []} totals={data.totals} testId={`report-${s}`} />,
              }))}
          />
          <Card size="small" title={label(rt.outputs)} style={{ marginTop: 12 }}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
              {(Object.keys(data.outputs) as (keyof ReportOutputs)[]).map((k) => (
                <Descriptions.Item key={k} label={label(outputLabels[k])}>
                  {formatInteger(Math.round(data.outputs[k]))}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
          {data.missingProvinces?.length ? (
            <Card
              size="small"
              style={{ marginTop: 12 }}
              title={fill(label(rt.missing), { n: data.missingProvinces.length })}
              data-testid="report-missing"
            >
              {data.missingProvinces.map((p) => p.name).join(', ')}
            </Card>
          ) : null}
        </>
      ) : null}
      {r.diff ? (
        <Card
          size="small"
          style={{ marginTop: 12 }}
          title={fill(label(rt.changes), { v: r.diff.againstVersion })}
          data-testid="report-diff"
        >
          {r.diff.changes.length === 0 ? (
            label(rt.noChanges)
          ) : (
            <Table
              size="small"
              rowKey={(c) => `${c.section}:${c.key}:${c.figure}`}
              dataSource={r.diff.changes}
              pagination={{ pageSize: 20 }}
              columns={[
                { title: label(rt.item), render: (_, c) => `${sectionName(c.section)} · ${c.label}` },
                { title: label(rt.figure), dataIndex: 'figure' },
                { title: label(rt.before), align: 'right', render: (_, c) => formatInteger(c.before) },
                { title: label(rt.after), align: 'right', render: (_, c) => formatInteger(c.after) },
              ]}
            />
          )}
        </Card>
      ) : null}
    </>
  );
}

const sectionName = (s: string) =>
  s === 'totals'
    ? 'Tổng cộng'
    : s === 'outputs'
      ? 'Kết quả'
      : (sectionLabels[s as keyof typeof sectionLabels]?.vi ?? s);
