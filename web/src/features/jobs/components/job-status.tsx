import { Progress, Tag, Typography } from 'antd';
import { type JobDto, type JobStatus, jobStatusLabels } from '../../../../../shared/schemas/jobs.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { tx } from '../text.ts';

const colours: Record<JobStatus, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
  cancelled: 'warning',
};

export function JobStatusTag({ status }: { status: JobStatus }) {
  const label = useLabel();
  return <Tag color={colours[status]}>{label(jobStatusLabels[status])}</Tag>;
}

/** A job's progress bar with its message (or its error), as the list and the import wizard show it. */
export function JobProgress({ job }: { job: JobDto }) {
  const label = useLabel();
  const status =
    job.status === 'failed'
      ? 'exception'
      : job.status === 'done'
        ? 'success'
        : job.status === 'running'
          ? 'active'
          : 'normal';
  return (
    <div data-testid="job-progress" data-status={job.status}>
      <Progress percent={job.progress} status={status} size="small" />
      <Typography.Text type={job.error ? 'danger' : 'secondary'}>
        {job.error?.message ?? job.message ?? (job.status === 'queued' ? label(tx.waiting) : '')}
      </Typography.Text>
    </div>
  );
}
