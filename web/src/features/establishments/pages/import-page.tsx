import { ArrowLeftOutlined, DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportCheckResult } from '../../../../../shared/schemas/establishments.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useJob } from '../../jobs/api.ts';
import { JobProgress } from '../../jobs/components/job-status.tsx';
import { useCommitImport, useUploadImport } from '../api.ts';
import { ImportResult } from '../components/import-result.tsx';
import { fill, ix, tx } from '../text.ts';

const UPLOAD_LIMIT_MB = 20;

/** Upload → check with progress → report per row → confirm → all rows written in one transaction. */
export function ImportPage() {
  const label = useLabel();
  const me = useMe();
  const feedback = useFeedback();
  const upload = useUploadImport();
  const commit = useCommitImport();
  const [province, setProvince] = useState<string | undefined>(me.user.provinceCode ?? undefined);
  const [importId, setImportId] = useState<string>();
  const [checkJobId, setCheckJobId] = useState<string>();
  const [commitJobId, setCommitJobId] = useState<string>();
  const check = useJob(checkJobId);
  const write = useJob(commitJobId);
  const result = check.data?.status === 'done' ? (check.data.result as ImportCheckResult | null) : null;

  const reset = () => {
    setImportId(undefined);
    setCheckJobId(undefined);
    setCommitJobId(undefined);
  };
  const send = async (file: File) => {
    reset();
    try {
      const started = await upload.mutateAsync({ file, provinceCode: province });
      setImportId(started.importId);
      setCheckJobId(started.jobId);
    } catch (e) {
      feedback.error(e);
    }
  };
  const confirm = async () => {
    if (!importId) return;
    try {
      setCommitJobId((await commit.mutateAsync(importId)).jobId);
    } catch (e) {
      feedback.error(e);
    }
  };
  const step = commitJobId ? 3 : result ? 2 : checkJobId ? 1 : 0;

  return (
    <>
      <PageHeader
        title={label(ix.title)}
        subtitle={
          <Link to="/admin/co-so">
            <ArrowLeftOutlined /> {label(tx.back)}
          </Link>
        }
        extra={
          <Button
            icon={<DownloadOutlined />}
            href="/api/establishments/import-template"
            data-testid="template"
          >
            {label(ix.template)}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{label(ix.subtitle)}</Typography.Paragraph>
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={[
          { title: label(ix.stepUpload) },
          { title: label(ix.stepCheck) },
          { title: label(ix.stepResult) },
          { title: label(ix.stepCommit) },
        ]}
      />
      {step === 0 || (result && !result.canCommit) ? (
        <Card style={{ marginBottom: 16 }}>
          {!me.user.provinceCode ? (
            <Space style={{ marginBottom: 12 }}>
              <Typography.Text>{label(ix.province)}</Typography.Text>
              <ProvinceSelect value={province} onChange={setProvince} />
            </Space>
          ) : null}
          <Upload.Dragger
            accept=".xlsx"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending || (!me.user.provinceCode && !province)}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
            data-testid="upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{result ? label(ix.again) : label(ix.drop)}</p>
            <p className="ant-upload-hint">{`${fill(label(ix.limits), { mb: UPLOAD_LIMIT_MB })} ${label(ix.templateHint)}`}</p>
          </Upload.Dragger>
        </Card>
      ) : null}
      {check.data && !result ? (
        <Card title={label(ix.checking)} style={{ marginBottom: 16 }}>
          <JobProgress job={check.data} />
        </Card>
      ) : null}
      {result && checkJobId && !commitJobId ? (
        <Card style={{ marginBottom: 16 }}>
          {result.canCommit ? (
            <Alert type="success" showIcon style={{ marginBottom: 16 }} message={label(ix.okTitle)} />
          ) : result.issueCount === 0 ? (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} message={label(ix.nothing)} />
          ) : null}
          <ImportResult jobId={checkJobId} result={result} />
          {result.canCommit ? (
            <Space>
              <Button
                type="primary"
                loading={commit.isPending}
                onClick={() => void confirm()}
                data-testid="confirm-import"
              >
                {fill(label(ix.confirm), { n: (result.toCreate + result.toUpdate).toLocaleString('vi-VN') })}
              </Button>
              <Button icon={<ReloadOutlined />} onClick={reset}>
                {label(ix.again)}
              </Button>
            </Space>
          ) : null}
        </Card>
      ) : null}
      {write.data ? (
        write.data.status === 'done' ? (
          <div data-testid="import-done">
            <Result
              status="success"
              title={label(ix.done)}
              subTitle={write.data.message}
              extra={
                <Link to="/admin/co-so">
                  <Button type="primary" data-testid="to-list">
                    {label(ix.toList)}
                  </Button>
                </Link>
              }
            />
          </div>
        ) : (
          <Card title={label(ix.writing)}>
            <JobProgress job={write.data} />
            {write.data.status === 'failed' ? (
              <Alert type="error" showIcon style={{ marginTop: 12 }} message={label(ix.failed)} />
            ) : null}
          </Card>
        )
      ) : null}
    </>
  );
}
