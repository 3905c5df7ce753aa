import { DownloadOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popconfirm, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../../../shared/format.ts';
import { type JobDto, jobStatuses, jobStatusLabels } from '../../../../../shared/schemas/jobs.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { jobResultUrl, useCancelJob, useJobList } from '../api.ts';
import { JobProgress, JobStatusTag } from '../components/job-status.tsx';
import { tx } from '../text.ts';

/** "Công việc của tôi": the user's background jobs with live progress, results to download, cancel. */
export function JobsPage() {
  const label = useLabel();
  const feedback = useFeedback();
  const list = useListState(['status', 'kind', 'mine'] as const);
  const { params, update } = list;
  const query = useJobList(params);
  const cancel = useCancelJob();

  const columns: ColumnsType<JobDto> = [
    {
      key: 'kind',
      title: label(tx.kind),
      render: (_, j) => (
        <div>
          <Typography.Text strong>{j.kindLabel}</Typography.Text>
          {typeof j.input.fileName === 'string' ? (
            <div>
              <Typography.Text type="secondary">{j.input.fileName}</Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'status',
      title: label(tx.status),
      width: 130,
      render: (_, j) => <JobStatusTag status={j.status} />,
    },
    { key: 'progress', title: label(tx.progress), width: 320, render: (_, j) => <JobProgress job={j} /> },
    { key: 'createdBy', title: label(tx.createdBy), width: 180, render: (_, j) => j.createdByName ?? '' },
    {
      key: 'createdAt',
      title: label(tx.createdAt),
      width: 150,
      render: (_, j) => formatDateTime(j.createdAt),
    },
    {
      key: 'actions',
      title: label(tx.result),
      width: 220,
      render: (_, j) => (
        <>
          {j.abilities.download ? (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              href={jobResultUrl(j.id)}
              title={j.resultFileName ?? ''}
            >
              {label(tx.download)}
            </Button>
          ) : null}
          {j.abilities.cancel ? (
            <Popconfirm
              title={label(tx.cancelConfirm)}
              onConfirm={async () => {
                try {
                  await cancel.mutateAsync(j.id);
                  feedback.success(label(tx.cancelled));
                } catch (e) {
                  feedback.error(e);
                }
              }}
            >
              <Button size="small" danger icon={<StopOutlined />} style={{ marginLeft: 8 }}>
                {label(tx.cancel)}
              </Button>
            </Popconfirm>
          ) : null}
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={label(tx.title)} subtitle={label(tx.subtitle)} />
      <FilterBar>
        <Select
          allowClear
          placeholder={label(tx.status)}
          value={params.status}
          onChange={(status?: string) => update({ status })}
          style={{ minWidth: 160 }}
          options={jobStatuses.map((s) => ({ value: s, label: label(jobStatusLabels[s]) }))}
        />
        <Checkbox
          checked={params.mine === 'true'}
          onChange={(e) => update({ mine: e.target.checked ? 'true' : undefined })}
        >
          {label(tx.mine)}
        </Checkbox>
      </FilterBar>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table<JobDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isLoading}
        onChange={list.onTableChange}
        pagination={list.pagination(query.data?.total, (total) =>
          label(tx.total).replace('{total}', total.toLocaleString('vi-VN')),
        )}
        locale={{ emptyText: label(tx.empty) }}
        scroll={{ x: 1000 }}
      />
    </>
  );
}
