import { Form, Input, InputNumber, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { formatDate, formatVnd } from '../../../../../shared/format.ts';
import type { ContractDto, DocumentRef } from '../../../../../shared/schemas/contracts.ts';
import {
  type InspectionRating,
  inspectionRatingLabels,
} from '../../../../../shared/schemas/contracts-monitoring.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useInspections, useRecordInspection, useReports, useSubmitReport } from '../api.ts';
import { tx } from '../text.ts';
import { ActionModal, required, today } from './action-modal.tsx';
import { DocumentLinks, DocumentsField } from './documents-field.tsx';

type ReportForm = {
  period: string;
  reportDate: string;
  workDone: string;
  overallPercent: number;
  spent: string;
  problems?: string;
  /** Percent per activity content of the scheme, by content code. */
  contents?: Record<string, number | null | undefined>;
  documents: DocumentRef[];
};
type InspectionForm = {
  date: string;
  inspectors: string;
  findings: string;
  rating: InspectionRating;
  recommendations?: string;
  documents: DocumentRef[];
};

/** The per-content percentages the user filled in, in the scheme's order. */
const contentsOf = (c: ContractDto, v: ReportForm['contents']) =>
  c.contents
    .map((x) => ({ contentCode: x.code, percent: v?.[x.code] }))
    .filter((x): x is { contentCode: string; percent: number } => typeof x.percent === 'number');

/** Monthly reports of the implementer (by the 25th) and the inspections of the department or agency. */
export function ProgressPanel({ contract: c }: { contract: ContractDto }) {
  const label = useLabel();
  const reports = useReports(c.id);
  const inspections = useInspections(c.id);
  const submit = useSubmitReport();
  const inspect = useRecordInspection();
  const open = c.state === 'signed' && c.phase === 'active';
  const names = new Map(c.contents.map((x) => [x.code, x.name]));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>{label(tx.reports)}</Typography.Title>
      {c.abilities['report.submit'] && open ? (
        <ActionModal<ReportForm>
          title={label(tx.report)}
          testId="submit-report"
          initial={{
            period: today().slice(0, 7),
            reportDate: today(),
            overallPercent: c.lastProgress ?? 0,
            documents: [],
          }}
          submit={(v) =>
            submit.mutateAsync({
              ...v,
              id: c.id,
              problems: v.problems ?? null,
              contents: contentsOf(c, v.contents),
              documents: v.documents ?? [],
            })
          }
        >
          <Form.Item
            name="period"
            label={label(tx.reportPeriod)}
            rules={[{ required: true, pattern: /^\d{4}-\d{2}$/ }]}
          >
            <Input data-testid="report-period" />
          </Form.Item>
          <Form.Item name="reportDate" label={label(tx.date)} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="workDone" label={label(tx.workDone)} rules={required}>
            <Input.TextArea rows={3} data-testid="report-work" />
          </Form.Item>
          <Form.Item name="overallPercent" label={label(tx.percent)} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} data-testid="report-percent" />
          </Form.Item>
          {c.contents.length ? (
            <Form.Item label={label(tx.contentProgress)} style={{ marginBottom: 0 }}>
              {c.contents.map((x) => (
                <Form.Item
                  key={x.code}
                  name={['contents', x.code]}
                  label={`${x.code} — ${x.name}`}
                  rules={[{ type: 'integer', min: 0, max: 100 }]}
                >
                  <InputNumber min={0} max={100} precision={0} data-testid={`report-content-${x.code}`} />
                </Form.Item>
              ))}
            </Form.Item>
          ) : null}
          <Form.Item name="spent" label={label(tx.spent)} rules={[{ required: true, pattern: /^\d+$/ }]}>
            <Input data-testid="report-spent" inputMode="numeric" />
          </Form.Item>
          <Form.Item name="problems" label={label(tx.problems)}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="documents" label={label(tx.reportDocuments)}>
            <DocumentsField contractId={c.id} testId="report-documents" />
          </Form.Item>
        </ActionModal>
      ) : null}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={reports.data}
        data-testid="reports"
        locale={{ emptyText: label(tx.none) }}
        columns={[
          {
            title: label(tx.reportPeriod),
            render: (_, r) => (
              <>
                {r.period.split('-').reverse().join('/')}{' '}
                {r.late ? <Tag color="red">{label(tx.late)}</Tag> : null}
              </>
            ),
          },
          { title: label(tx.date), render: (_, r) => formatDate(r.reportDate) },
          { title: label(tx.percent), align: 'right', render: (_, r) => `${r.overallPercent}%` },
          {
            title: label(tx.contentProgress),
            render: (_, r) =>
              r.contents.length
                ? r.contents.map((x) => (
                    <Tooltip key={x.contentCode} title={names.get(x.contentCode)}>
                      <Tag>{`${x.contentCode}: ${x.percent}%`}</Tag>
                    </Tooltip>
                  ))
                : '—',
          },
          { title: label(tx.spent), align: 'right', render: (_, r) => formatVnd(r.spent) },
          { title: label(tx.workDone), dataIndex: 'workDone' },
          { title: label(tx.problems), dataIndex: 'problems' },
          {
            title: label(tx.reportDocuments),
            render: (_, r) => <DocumentLinks contractId={c.id} documents={r.documents} />,
          },
        ]}
      />
      <Typography.Title level={5}>{label(tx.inspections)}</Typography.Title>
      {c.abilities['inspection.record'] && c.state === 'signed' ? (
        <ActionModal<InspectionForm>
          title={label(tx.inspect)}
          testId="record-inspection"
          primary={false}
          initial={{ date: today(), rating: 'on_track', documents: [] }}
          submit={(v) =>
            inspect.mutateAsync({
              ...v,
              id: c.id,
              recommendations: v.recommendations ?? null,
              documents: v.documents ?? [],
            })
          }
        >
          <Form.Item name="date" label={label(tx.date)} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="inspectors" label={label(tx.inspectors)} rules={required}>
            <Input data-testid="inspection-inspectors" />
          </Form.Item>
          <Form.Item name="findings" label={label(tx.findings)} rules={required}>
            <Input.TextArea rows={3} data-testid="inspection-findings" />
          </Form.Item>
          <Form.Item name="rating" label={label(tx.rating)}>
            <Select
              options={(Object.keys(inspectionRatingLabels) as InspectionRating[]).map((r) => ({
                value: r,
                label: label(inspectionRatingLabels[r]),
              }))}
            />
          </Form.Item>
          <Form.Item name="recommendations" label={label(tx.recommendations)}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="documents" label={label(tx.documents)}>
            <DocumentsField contractId={c.id} testId="inspection-documents" />
          </Form.Item>
        </ActionModal>
      ) : null}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={inspections.data}
        locale={{ emptyText: label(tx.none) }}
        columns={[
          { title: label(tx.date), render: (_, r) => formatDate(r.date) },
          { title: label(tx.inspectors), render: (_, r) => `${r.inspectors} (${r.organisationName})` },
          { title: label(tx.rating), render: (_, r) => label(inspectionRatingLabels[r.rating]) },
          { title: label(tx.findings), dataIndex: 'findings' },
          {
            title: label(tx.documents),
            render: (_, r) => <DocumentLinks contractId={c.id} documents={r.documents} />,
          },
        ]}
      />
    </Space>
  );
}
