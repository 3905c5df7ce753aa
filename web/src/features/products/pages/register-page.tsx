import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, Form, Input, Row, Select, Space, Spin, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { EntryInput } from '../../../../../shared/schemas/products.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useEstablishmentOptions, useProductUpload, useRegister, useRound } from '../api.ts';
import { fill, groupLabels, levelLabels, tx } from '../text.ts';

type Values = Omit<EntryInput, 'photoFileIds' | 'documents'> & {
  documentKind: 'quality_certificate' | 'trademark' | 'other';
};

const lowest = new Set(['commune', 'district']);
const below: Record<string, 'commune' | 'province' | 'region'> = {
  province: 'commune',
  region: 'province',
  nation: 'region',
};

function FilesField({
  kind,
  files,
  onChange,
  testId,
}: {
  kind: 'photo' | 'document';
  files: UploadFile[];
  onChange: (f: UploadFile[]) => void;
  testId: string;
}) {
  const label = useLabel();
  const feedback = useFeedback();
  const upload = useProductUpload();
  return (
    <Upload
      multiple
      fileList={files}
      accept={kind === 'photo' ? '.jpg,.jpeg,.png,.webp' : '.pdf,.jpg,.jpeg,.png'}
      listType={kind === 'photo' ? 'picture' : 'text'}
      onChange={({ fileList }) => onChange(fileList)}
      customRequest={async ({ file, onSuccess, onError }) => {
        try {
          const saved = await upload(file as File, kind);
          onSuccess?.(saved);
        } catch (e) {
          feedback.error(e);
          onError?.(e as Error);
        }
      }}
    >
      <Button icon={<UploadOutlined />} data-testid={testId}>
        {label(kind === 'photo' ? tx.photos : tx.documents)}
      </Button>
    </Upload>
  );
}

const uploadedIds = (files: UploadFile[]) =>
  files
    .filter((f) => f.status === 'done' && (f.response as { id?: string } | undefined)?.id)
    .map((f) => (f.response as { id: string }).id);

/** Registers a product of an establishment in the round: the representative for its own, officers on its behalf. */
export function RegisterPage() {
  const { id = '' } = useParams();
  const label = useLabel();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const round = useRound(id);
  const register = useRegister();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const establishments = useEstablishmentOptions(q);
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const [docs, setDocs] = useState<UploadFile[]>([]);
  const only = establishments.data?.items.length === 1 && !q ? establishments.data.items[0] : undefined;
  useEffect(() => {
    if (only && !form.getFieldValue('establishmentId')) form.setFieldValue('establishmentId', only.id);
  }, [only, form]);

  if (round.error) return <QueryError error={round.error} retry={() => void round.refetch()} />;
  const r = round.data;
  if (!r) return <Spin />;
  const needsLower = !lowest.has(r.level);

  const submit = async (v: Values) => {
    const { documentKind, ...rest } = v;
    try {
      await register.mutateAsync({
        id,
        input: {
          ...rest,
          isSet: Boolean(rest.isSet),
          lowerCertificateNumber: needsLower ? rest.lowerCertificateNumber : null,
          photoFileIds: uploadedIds(photos),
          documents: uploadedIds(docs).map((fileId) => ({ fileId, kind: documentKind })),
        },
      });
      feedback.success(label(tx.registered));
      navigate(`/admin/san-pham/${id}?tab=entries`);
    } catch (e) {
      feedback.error(e, form);
    }
  };

  return (
    <>
      <PageHeader
        title={label(tx.register)}
        subtitle={`${r.name} – ${label(levelLabels[r.level])} ${r.year}`}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ group: r.groups[0], documentKind: 'quality_certificate', isSet: false }}
      >
        <Card>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="establishmentId" label={label(tx.establishment)} rules={[{ required: true }]}>
                <Select
                  id="establishmentId"
                  showSearch
                  filterOption={false}
                  onSearch={setQ}
                  loading={establishments.isFetching}
                  options={(establishments.data?.items ?? []).map((e) => ({
                    value: e.id,
                    label: `${e.name} – ${e.unit.label}`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="group" label={label(tx.group)} rules={[{ required: true }]}>
                <Select
                  id="group"
                  options={r.groups.map((g) => ({ value: g, label: label(groupLabels[g]) }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item name="name" label={label(tx.productName)} rules={[{ required: true }]}>
                <Input id="name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="isSet" valuePropName="checked" label=" ">
                <Checkbox>{label(tx.isSet)}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          {needsLower ? (
            <Form.Item
              name="lowerCertificateNumber"
              label={label(tx.lowerCert)}
              extra={fill(label(tx.lowerCertHelp), {
                below: label(levelLabels[below[r.level] ?? 'commune']).toLowerCase(),
              })}
              rules={[{ required: true }]}
            >
              <Input id="lowerCertificateNumber" style={{ maxWidth: 320 }} />
            </Form.Item>
          ) : null}
          <Form.Item name="description" label={label(tx.description)} rules={[{ required: true }]}>
            <Input.TextArea id="description" rows={4} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="productionCapacity" label={label(tx.capacity)} rules={[{ required: true }]}>
                <Input id="productionCapacity" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="market" label={label(tx.market)} rules={[{ required: true }]}>
                <Input id="market" />
              </Form.Item>
            </Col>
          </Row>
          <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
            <FilesField kind="photo" files={photos} onChange={setPhotos} testId="upload-photo" />
            <Space align="start" wrap>
              <FilesField kind="document" files={docs} onChange={setDocs} testId="upload-document" />
              <Form.Item name="documentKind" noStyle>
                <Select
                  style={{ width: 240 }}
                  options={[
                    { value: 'quality_certificate', label: 'Chứng nhận chất lượng' },
                    { value: 'trademark', label: 'Nhãn hiệu' },
                    { value: 'other', label: 'Khác' },
                  ]}
                />
              </Form.Item>
            </Space>
          </Space>
          {!r.abilities.register ? (
            <Alert type="warning" showIcon message={label(tx.window)} style={{ marginBottom: 12 }} />
          ) : null}
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={register.isPending}
              data-testid="submit-registration"
            >
              {label(tx.register)}
            </Button>
            <Button onClick={() => navigate(-1)}>{label(tx.cancel)}</Button>
          </Space>
        </Card>
      </Form>
    </>
  );
}
