import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { EstablishmentExportInput } from '../../../../../shared/schemas/establishments.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { jobResultUrl, useJob } from '../../jobs/api.ts';
import { JobProgress } from '../../jobs/components/job-status.tsx';
import { useStartExport } from '../api.ts';
import { tx } from '../text.ts';

/** Exports the list as filtered on screen: a background job whose progress shows in a dialog. */
export function ExportButton({ filters }: { filters: EstablishmentExportInput }) {
  const label = useLabel();
  const feedback = useFeedback();
  const start = useStartExport();
  const [jobId, setJobId] = useState<string>();
  const job = useJob(jobId);

  const run = async () => {
    try {
      setJobId((await start.mutateAsync(filters)).jobId);
    } catch (e) {
      feedback.error(e);
    }
  };
  const done = job.data?.status === 'done';
  return (
    <>
      <Button
        icon={<FileExcelOutlined />}
        loading={start.isPending}
        onClick={() => void run()}
        data-testid="export"
      >
        {label(tx.export)}
      </Button>
      <Modal
        open={Boolean(jobId)}
        title={label(tx.exporting)}
        onCancel={() => setJobId(undefined)}
        footer={
          <Space>
            {done && jobId ? (
              <Button
                type="primary"
                icon={<DownloadOutlined />}
                href={jobResultUrl(jobId)}
                data-testid="export-download"
              >
                {label(tx.download)}
              </Button>
            ) : null}
            <Button onClick={() => setJobId(undefined)}>{label(tx.close)}</Button>
          </Space>
        }
      >
        {job.data ? <JobProgress job={job.data} /> : null}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {done ? `${label(tx.exportReady)} ${job.data?.resultFileName ?? ''}` : label(tx.exportHint)}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
