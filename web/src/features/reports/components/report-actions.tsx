import { DownloadOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import type { ReportDto } from '../../../../../shared/schemas/reports.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { ActionModal, required, today } from '../../contracts/components/action-modal.tsx';
import { useNewVersion, useRegenerate, useSubmitReport } from '../reports-api.ts';
import { rt } from '../reports-text.ts';

/** Downloads and the steps the server allows now: recompute a draft, submit (freeze), issue a new version. */
export function ReportActions({ r }: { r: ReportDto }) {
  const label = useLabel();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const submit = useSubmitReport();
  const version = useNewVersion();
  const regenerate = useRegenerate();
  const file = (format: string) => `/api/reports/${r.id}/export?format=${format}`;
  return (
    <>
      {r.data
        ? (['xlsx', 'docx', 'pdf'] as const).map((f) => (
            <Button key={f} icon={<DownloadOutlined />} href={file(f)} data-testid={`report-download-${f}`}>
              {`${label(rt.download)} .${f}`}
            </Button>
          ))
        : null}
      {r.abilities.regenerate ? (
        <Button
          data-testid="report-regenerate"
          loading={regenerate.isPending}
          onClick={() =>
            regenerate.mutateAsync({ id: r.id, version: r.rowVersion }).catch((e) => feedback.error(e))
          }
        >
          {label(rt.regenerate)}
        </Button>
      ) : null}
      {r.abilities.submit ? (
        <ActionModal<{ number: string; issuedDate: string; signerName: string }>
          title={label(rt.submit)}
          testId="report-submit"
          initial={{ issuedDate: today(), number: r.number ?? '', signerName: r.signerName ?? '' }}
          submit={(v) => submit.mutateAsync({ id: r.id, version: r.rowVersion, ...v })}
        >
          <Form.Item name="number" label={label(rt.number)} rules={required}>
            <Input placeholder="123/BC-SCT" data-testid="report-number" />
          </Form.Item>
          <Form.Item name="issuedDate" label={label(rt.issuedDate)} rules={[{ required: true }]}>
            <Input type="date" data-testid="report-issued" />
          </Form.Item>
          <Form.Item name="signerName" label={label(rt.signer)} rules={required}>
            <Input data-testid="report-signer" />
          </Form.Item>
        </ActionModal>
      ) : null}
      {r.abilities.newVersion ? (
        <ActionModal<{ reason: string }>
          title={label(rt.newVersion)}
          testId="report-new-version"
          primary={false}
          submit={async (v) => {
            const n = await version.mutateAsync({ id: r.id, version: r.rowVersion, reason: v.reason });
            navigate(`/admin/bao-cao/${n.id}`);
          }}
        >
          <Form.Item name="reason" label={label(rt.reason)} rules={required}>
            <Input.TextArea rows={3} data-testid="report-reason" />
          </Form.Item>
        </ActionModal>
      ) : null}
    </>
  );
}
