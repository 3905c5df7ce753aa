import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Statistic, Table, Typography } from 'antd';
import type { ImportCheckResult, ImportIssue } from '../../../../../shared/schemas/establishments.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { jobResultUrl } from '../../jobs/api.ts';
import { fill, ix } from '../text.ts';

/** What the check found: counts, the problems row by row, and the full report to download. */
export function ImportResult({ jobId, result }: { jobId: string; result: ImportCheckResult }) {
  const label = useLabel();
  const n = (x: number) => x.toLocaleString('vi-VN');
  return (
    <div data-testid="import-result">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(
          [
            [ix.rows, result.totalRows],
            [ix.valid, result.validRows],
            [ix.withIssues, result.rowsWithIssues],
            [ix.toCreate, result.toCreate],
            [ix.toUpdate, result.toUpdate],
            [ix.unchanged, result.unchanged],
          ] as const
        ).map(([l, v]) => (
          <Col key={l.vi} xs={12} md={4}>
            <Statistic title={label(l)} value={n(v)} />
          </Col>
        ))}
      </Row>
      <Button
        icon={<DownloadOutlined />}
        href={jobResultUrl(jobId)}
        data-testid="download-report"
        style={{ marginBottom: 16 }}
      >
        {label(ix.report)}
      </Button>
      {result.issueCount > 0 ? (
        <>
          <Typography.Title level={5}>{label(ix.issuesTitle)}</Typography.Title>
          {result.issues.length < result.issueCount ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 8 }}
              message={fill(label(ix.issuesMore), {
                shown: n(result.issues.length),
                total: n(result.issueCount),
              })}
            />
          ) : null}
          <Table<ImportIssue>
            size="small"
            rowKey={(i) => `${i.row}-${i.column}-${i.code}`}
            dataSource={result.issues}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              { key: 'row', title: label(ix.row), dataIndex: 'row', width: 70 },
              { key: 'column', title: label(ix.column), dataIndex: 'column', width: 200 },
              { key: 'value', title: label(ix.value), dataIndex: 'value', width: 220, ellipsis: true },
              { key: 'message', title: label(ix.problem), dataIndex: 'message' },
            ]}
            data-testid="issues-table"
          />
        </>
      ) : null}
    </div>
  );
}
