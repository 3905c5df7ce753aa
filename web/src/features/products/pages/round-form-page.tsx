import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ProductGroup, ProductLevel, type RoundInput } from '../../../../../shared/schemas/products.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useProvinces } from '../../units/api.ts';
import { useCreateRound, useProductRules, useRound, useUpdateRound } from '../api.ts';
import { DateInput } from '../components/fields.tsx';
import { fill, groupLabels, levelLabels, tx } from '../text.ts';

type Values = Omit<RoundInput, 'prizes'> & {
  prizes: { labelVi: string; amountVnd: number; count: number }[];
};

/** Creates a round (…/moi) or edits one before scoring starts (…/:id/sua). */
export function RoundFormPage() {
  const { id } = useParams();
  const label = useLabel();
  const me = useMe();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const round = useRound(id);
  const rules = useProductRules();
  const provinces = useProvinces('2025');
  const create = useCreateRound();
  const update = useUpdateRound();
  const level = Form.useWatch('level', form);
  const local = level && level !== 'region' && level !== 'nation';

  useEffect(() => {
    if (round.data)
      form.setFieldsValue({
        ...round.data,
        prizes: round.data.prizes.map((p) => ({ ...p, amountVnd: Number(p.amountVnd) })),
      } as Values);
  }, [round.data, form]);

  if (id && round.error) return <QueryError error={round.error} retry={() => void round.refetch()} />;
  if (id && !round.data) return <Spin />;

  const levelRule = rules.data?.levels.find((l) => l.level === level);
  const submit = async (v: Values) => {
    const input = {
      ...v,
      regionProvinceCodes: v.regionProvinceCodes ?? [],
      prizes: (v.prizes ?? []).map((p) => ({ ...p, amountVnd: String(p.amountVnd ?? 0) })),
    };
    try {
      const saved = id
        ? await update.mutateAsync({ id, input: { ...input, version: round.data!.version } })
        : await create.mutateAsync(input);
      feedback.success(label(tx.saved));
      navigate(`/admin/san-pham/${saved.id}`);
    } catch (e) {
      feedback.error(e, form);
    }
  };

  const fillRegion = (code: string) => {
    const r = rules.data?.regions2014.find((x) => x.code === code);
    if (!r) return;
    form.setFieldsValue({
      regionName: r.nameVi,
      regionCode: r.code,
      regionProvinceCodes: r.today.provinceCodes,
    });
    if (r.today.ambiguous.length)
      feedback.success(fill(label(tx.regionAmbiguous), { codes: r.today.ambiguous.join(', ') }));
  };

  return (
    <>
      <PageHeader title={id ? round.data!.name : label(tx.newRound)} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          level: me.user.provinceCode ? 'province' : 'nation',
          year: new Date().getFullYear(),
          provinceCode: me.user.provinceCode ?? undefined,
          organiserName: me.user.organisationName,
          groups: ProductGroup.options,
          prizes: [],
          regionProvinceCodes: [],
        }}
      >
        <Card>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name="code" label={label(tx.code)} rules={[{ required: true }]}>
                <Input disabled={Boolean(id)} placeholder="T91-2026" />
              </Form.Item>
            </Col>
            <Col xs={24} md={11}>
              <Form.Item name="name" label={label(tx.name)} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="level" label={label(tx.level)} rules={[{ required: true }]}>
                <Select
                  disabled={Boolean(id)}
                  options={ProductLevel.options.map((l) => ({ value: l, label: label(levelLabels[l]) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name="year" label={label(tx.year)} rules={[{ required: true }]}>
                <InputNumber min={2014} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          {levelRule && rules.data ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={fill(label(tx.rulesNote), {
                size: `${levelRule.councilSize.min}/${levelRule.councilSize.max}`,
                threshold: rules.data.passThreshold.points,
              })}
            />
          ) : null}
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="organiserName" label={label(tx.organiser)} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            {local ? (
              <Col xs={24} md={12}>
                <Form.Item name="provinceCode" label={label(tx.province)} rules={[{ required: true }]}>
                  <ProvinceSelect style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ) : null}
          </Row>
          {level === 'region' ? (
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item label={label(tx.regionPreset)}>
                  <div data-testid="region-preset">
                    <Select
                      allowClear
                      onChange={fillRegion}
                      options={(rules.data?.regions2014 ?? []).map((r) => ({
                        value: r.code,
                        label: r.nameVi,
                      }))}
                    />
                  </div>
                </Form.Item>
                <Form.Item name="regionCode" hidden>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="regionName" label={label(tx.regionName)} rules={[{ required: true }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="regionProvinceCodes"
                  label={label(tx.regionProvinces)}
                  rules={[{ required: true }]}
                >
                  <Select
                    mode="multiple"
                    optionFilterProp="label"
                    options={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
                  />
                </Form.Item>
              </Col>
            </Row>
          ) : null}
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name="registrationOpens" label={label(tx.opens)} rules={[{ required: true }]}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="registrationCloses" label={label(tx.closes)} rules={[{ required: true }]}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="selectionDate" label={label(tx.selectionDate)} rules={[{ required: true }]}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name="passThreshold" label={label(tx.threshold)}>
                <InputNumber min={1} max={100} placeholder="70" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name="quorumPercent" label={label(tx.quorum)}>
                <InputNumber min={50} max={100} placeholder="66" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="groups" label={label(tx.groups)} rules={[{ required: true }]}>
            <Checkbox.Group
              options={ProductGroup.options.map((g) => ({ value: g, label: label(groupLabels[g]) }))}
            />
          </Form.Item>
          <Form.List name="prizes">
            {(fields, { add, remove }) => (
              <Form.Item label={label(tx.prizes)}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'labelVi']} rules={[{ required: true }]}>
                      <Input placeholder={label(tx.prizeLabel)} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'amountVnd']} rules={[{ required: true }]}>
                      <InputNumber
                        min={0}
                        step={500000}
                        placeholder={label(tx.prizeAmount)}
                        style={{ width: 180 }}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'count']} rules={[{ required: true }]} initialValue={1}>
                      <InputNumber min={1} placeholder={label(tx.prizeCount)} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add()}>
                  {label(tx.addPrize)}
                </Button>
              </Form.Item>
            )}
          </Form.List>
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={create.isPending || update.isPending}
              data-testid="save-round"
            >
              {label(tx.save)}
            </Button>
            <Button onClick={() => navigate(-1)}>{label(tx.cancel)}</Button>
          </Space>
        </Card>
      </Form>
    </>
  );
}
