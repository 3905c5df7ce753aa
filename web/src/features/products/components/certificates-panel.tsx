import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Table } from 'antd';
import { formatDate } from '../../../../../shared/format.ts';
import type { CertificateDto, RoundDto } from '../../../../../shared/schemas/products.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useCertificates, useRecognise } from '../api.ts';
import { fill, tx } from '../text.ts';
import { CertificateStatusTag, DateInput } from './fields.tsx';

type Decision = { decisionNumber: string; decisionDate: string; decisionSigner: string };

function RecogniseForm({ round }: { round: RoundDto }) {
  const label = useLabel();
  const me = useMe();
  const feedback = useFeedback();
  const recognise = useRecognise();
  const [form] = Form.useForm<Decision>();
  return (
    <Card size="small" title={label(tx.recognise)} style={{ marginBottom: 12 }}>
      <Alert type="info" showIcon message={label(tx.recogniseHelp)} style={{ marginBottom: 12 }} />
      <Form<Decision>
        form={form}
        layout="inline"
        initialValues={{
          decisionSigner: me.user.fullName,
          decisionDate: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
        }}
        onFinish={async (v) => {
          try {
            const certs = await recognise.mutateAsync({
              id: round.id,
              input: { ...v, version: round.version },
            });
            feedback.success(fill(label(tx.recognised), { count: certs.length }));
          } catch (e) {
            feedback.error(e, form);
          }
        }}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="decisionNumber" label={label(tx.decisionNumber)} rules={[{ required: true }]}>
          <Input id="decisionNumber" placeholder="123/QĐ-SCT" />
        </Form.Item>
        <Form.Item name="decisionDate" label={label(tx.decisionDate)} rules={[{ required: true }]}>
          <DateInput id="decisionDate" />
        </Form.Item>
        <Form.Item name="decisionSigner" label={label(tx.decisionSigner)} rules={[{ required: true }]}>
          <Input id="decisionSigner" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SafetyCertificateOutlined />}
          loading={recognise.isPending}
          data-testid="recognise"
        >
          {label(tx.recognise)}
        </Button>
      </Form>
    </Card>
  );
}

/** The decision that recognises the products that passed, the certificates issued and the decision's annex. */
export function CertificatesPanel({ round }: { round: RoundDto }) {
  const label = useLabel();
  const certs = useCertificates(round.id);
  if (certs.error) return <QueryError error={certs.error} retry={() => void certs.refetch()} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {round.abilities.recognise ? <RecogniseForm round={round} /> : null}
      {(certs.data ?? []).length ? (
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={`/api/product-rounds/${round.id}/annex.docx`}>
            {label(tx.annexDocx)}
          </Button>
          <Button icon={<DownloadOutlined />} href={`/api/product-rounds/${round.id}/annex.xlsx`}>
            {label(tx.annexXlsx)}
          </Button>
        </Space>
      ) : null}
      <Table<CertificateDto>
        rowKey="id"
        loading={certs.isFetching}
        dataSource={certs.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        columns={[
          { key: 'number', title: label(tx.number), width: 180, dataIndex: 'number' },
          {
            key: 'product',
            title: label(tx.productName),
            width: 280,
            render: (_, c) => (
              <>
                <strong>{c.productName}</strong>
                <div style={{ color: '#666' }}>{c.establishmentName}</div>
              </>
            ),
          },
          {
            key: 'avg',
            title: label(tx.average),
            width: 100,
            align: 'right',
            render: (_, c) => c.averageScore?.toLocaleString('vi-VN') ?? '',
          },
          {
            key: 'until',
            title: label(tx.validUntil),
            width: 120,
            render: (_, c) => formatDate(c.validUntil),
          },
          {
            key: 'status',
            title: label(tx.status),
            width: 130,
            render: (_, c) => <CertificateStatusTag status={c.status} />,
          },
          {
            key: 'act',
            width: 260,
            render: (_, c) => (
              <Space>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  href={`/api/product-certificates/${c.id}/pdf`}
                  data-testid={`pdf-${c.number}`}
                >
                  PDF
                </Button>
                <Button
                  size="small"
                  href={`/xac-minh-chung-nhan/${encodeURIComponent(c.number)}`}
                  target="_blank"
                >
                  {label(tx.verify)}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
