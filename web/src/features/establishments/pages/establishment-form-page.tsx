import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Skeleton, Space } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import {
  EstablishmentCreateInput,
  type EstablishmentDto,
  establishmentKindLabels,
  establishmentKinds,
  establishmentStatuses,
  establishmentStatusLabels,
  revenueBandLabels,
  revenueBands,
} from '../../../../../shared/schemas/establishments.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { emptyToUndefined, useZodRules } from '../../../lib/zod-rules.ts';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useCatalogue } from '../../catalogues/api.ts';
import { useEstablishment, useSaveEstablishment } from '../api.ts';
import { UnitPicker } from '../components/unit-picker.tsx';
import { tx } from '../text.ts';

type Values = Omit<EstablishmentCreateInput, 'unitId'> & { unitId: number | null };

const shape = EstablishmentCreateInput.shape;

function initialValues(e?: EstablishmentDto): Partial<Values> {
  if (!e)
    return {
      kind: 'household',
      status: 'active',
      industries: [],
      womanOwned: false,
      ethnicMinorityOwned: false,
      cleanerProduction: false,
    };
  return {
    name: e.name,
    kind: e.kind,
    registrationCode: e.registrationCode,
    representative: e.representative,
    phone: e.phone,
    email: e.email,
    address: e.address,
    unitId: e.unit.id,
    craftVillage: e.craftVillage,
    industries: e.industries,
    products: e.products,
    workforce: e.workforce,
    revenueBand: e.revenueBand,
    womanOwned: e.womanOwned,
    ethnicMinorityOwned: e.ethnicMinorityOwned,
    foundedYear: e.foundedYear,
    status: e.status,
    cleanerProduction: e.cleanerProduction,
  };
}

/** Adds or edits an establishment; the server validates with the same schema and returns field errors. */
export function EstablishmentFormPage() {
  const { id } = useParams();
  const label = useLabel();
  const me = useMe();
  const navigate = useNavigate();
  const rules = useZodRules();
  const feedback = useFeedback();
  const existing = useEstablishment(id);
  const save = useSaveEstablishment();
  const industries = useCatalogue('industries', { pageSize: 200 });
  const [form] = Form.useForm<Values>();
  if (id && existing.error)
    return <QueryError error={existing.error} retry={() => void existing.refetch()} />;
  if (id && !existing.data) return <Skeleton active />;
  const e = existing.data;

  const submit = async (v: Values) => {
    const clean = Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, emptyToUndefined(x) ?? null]),
    ) as Record<string, unknown>;
    for (const k of [
      'industries',
      'womanOwned',
      'ethnicMinorityOwned',
      'cleanerProduction',
      'status',
      'kind',
      'name',
    ])
      if (clean[k] === null) delete clean[k];
    try {
      const saved = await save.mutateAsync(
        e
          ? { id: e.id, input: { ...clean, version: e.version } }
          : { input: clean as EstablishmentCreateInput },
      );
      feedback.success(label(tx.saved));
      navigate(`/admin/co-so/${saved.id}`);
    } catch (err) {
      feedback.error(err, form);
    }
  };

  return (
    <>
      <PageHeader
        title={label(e ? tx.formEdit : tx.formNew)}
        subtitle={
          <Link to={e ? `/admin/co-so/${e.id}` : '/admin/co-so'}>
            <ArrowLeftOutlined /> {e ? e.name : label(tx.back)}
          </Link>
        }
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues(e)}
        onFinish={(v) => void submit(v)}
        data-testid="establishment-form"
      >
        <Card>
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item name="name" label={label(tx.name)} rules={rules(shape.name)}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={label(tx.kind)} rules={rules(shape.kind)}>
                <Select
                  options={establishmentKinds.map((k) => ({
                    value: k,
                    label: label(establishmentKindLabels[k]),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="registrationCode" label={label(tx.code)} rules={rules(shape.registrationCode)}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="representative"
                label={label(tx.representative)}
                rules={rules(shape.representative)}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="phone" label={label(tx.phone)} rules={rules(shape.phone)}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="unitId"
                label={label(tx.unit)}
                extra={label(tx.unitHelp)}
                rules={[{ required: true, message: label(tx.pickUnit) }]}
              >
                <UnitPicker
                  provinceCode={e?.provinceCode ?? me.user.provinceCode}
                  initial={e ? { id: e.unit.id, label: e.unit.label, era: e.unit.era } : null}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="address" label={label(tx.address)} rules={rules(shape.address)}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="email" label={label(tx.email)} rules={rules(shape.email)}>
                <Input maxLength={254} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="craftVillage" label={label(tx.craftVillage)} rules={rules(shape.craftVillage)}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="industries" label={label(tx.industries)}>
                <Select
                  mode="multiple"
                  optionFilterProp="label"
                  options={(industries.data?.items ?? []).map((i) => ({
                    value: i.code,
                    label: `${i.code} — ${i.nameVi}`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="products" label={label(tx.products)} rules={rules(shape.products)}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="workforce" label={label(tx.workforce)}>
                <InputNumber min={0} max={1_000_000} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="foundedYear" label={label(tx.founded)} rules={rules(shape.foundedYear)}>
                <InputNumber min={1900} max={new Date().getFullYear()} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="revenueBand" label={label(tx.revenue)}>
                <Select
                  allowClear
                  options={revenueBands.map((b) => ({ value: b, label: label(revenueBandLabels[b]) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="status" label={label(tx.status)}>
                <Select
                  options={establishmentStatuses.map((s) => ({
                    value: s,
                    label: label(establishmentStatusLabels[s]),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Space wrap size="large">
                <Form.Item name="womanOwned" valuePropName="checked" noStyle>
                  <Checkbox>{label(tx.womanOwned)}</Checkbox>
                </Form.Item>
                <Form.Item name="ethnicMinorityOwned" valuePropName="checked" noStyle>
                  <Checkbox>{label(tx.ethnicOwned)}</Checkbox>
                </Form.Item>
                <Form.Item name="cleanerProduction" valuePropName="checked" noStyle>
                  <Checkbox>{label(tx.cleaner)}</Checkbox>
                </Form.Item>
              </Space>
            </Col>
          </Row>
        </Card>
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save">
            {label(tx.save)}
          </Button>
          <Button onClick={() => navigate(-1)}>{label(tx.cancel)}</Button>
        </Space>
      </Form>
    </>
  );
}
