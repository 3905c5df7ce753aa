import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Table } from 'antd';
import { useEffect } from 'react';
import { formatVnd } from '../../../../../shared/format.ts';
import type { PlanDetail, PlanUpdate } from '../../../../../shared/schemas/plans.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useUpdatePlan } from '../api.ts';
import { tx } from '../text.ts';
import { MoneyInput } from './money-input.tsx';

type Values = Required<Pick<PlanUpdate, 'envelope' | 'subEnvelopes'>> & {
  minSchemeAmount: string;
  maxProvinceShare: number | null;
  maxContentShare: number | null;
};

/** Balances derived from the ledger, and (in a draft) the envelope, sub-envelopes and anti-dispersion rules. */
export function PlanRulesCard({ plan }: { plan: PlanDetail }) {
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  const save = useUpdatePlan(plan.id);
  const fb = useFeedback();
  useEffect(() => {
    form.setFieldsValue({
      envelope: plan.envelope,
      subEnvelopes: plan.subEnvelopes,
      minSchemeAmount: plan.rules.minSchemeAmount,
      maxProvinceShare: plan.rules.maxProvinceShare,
      maxContentShare: plan.rules.maxContentShare,
    });
  }, [plan, form]);
  const submit = async () => {
    const v = await form.validateFields();
    save.mutate(
      {
        version: plan.version,
        envelope: v.envelope,
        subEnvelopes: v.subEnvelopes.map((s) => ({ ...s, key: s.key ?? '' })),
        rules: {
          ...plan.rules,
          minSchemeAmount: v.minSchemeAmount,
          maxProvinceShare: v.maxProvinceShare ?? null,
          maxContentShare: v.maxContentShare ?? null,
        },
      },
      { onSuccess: () => fb.success(label(tx.saved)), onError: (e) => fb.error(e, form) },
    );
  };
  const kindLabel = (k: string) =>
    k === 'total'
      ? label(tx.envelope)
      : k === 'province'
        ? label(tx.province)
        : k === 'content'
          ? 'Nội dung'
          : label(tx.reserve);
  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title={label(tx.envelope)} size="small" style={{ marginBottom: 16 }}>
          <Table
            size="small"
            pagination={false}
            rowKey={(b) => `${b.kind}-${b.key}`}
            dataSource={plan.balances}
            data-testid="balances"
            columns={[
              { title: '', render: (_, b) => `${kindLabel(b.kind)} ${b.key}` },
              { title: label(tx.envelope), align: 'right', render: (_, b) => formatVnd(b.amount) },
              { title: label(tx.committed), align: 'right', render: (_, b) => formatVnd(b.committed) },
              {
                title: label(tx.available),
                align: 'right',
                render: (_, b) => (
                  <span data-testid={`available-${b.kind}-${b.key}`}>{formatVnd(b.available)}</span>
                ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card
          title={label(tx.rules)}
          size="small"
          style={{ marginBottom: 16 }}
          extra={
            plan.abilities.update ? (
              <Button
                type="primary"
                onClick={() => void submit()}
                loading={save.isPending}
                data-testid="save-rules"
              >
                {label(tx.save)}
              </Button>
            ) : null
          }
        >
          <Form form={form} layout="vertical" disabled={!plan.abilities.update}>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="envelope" label={label(tx.envelope)}>
                  <MoneyInput testId="envelope" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="minSchemeAmount" label={label(tx.minScheme)}>
                  <MoneyInput testId="min-scheme" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="maxProvinceShare" label={label(tx.maxProvince)}>
                  <InputNumber
                    min={0}
                    max={1}
                    step={0.05}
                    style={{ width: '100%' }}
                    data-testid="max-province"
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="maxContentShare" label={label(tx.maxContent)}>
                  <InputNumber min={0} max={1} step={0.05} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.List name="subEnvelopes">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                      <Form.Item name={[f.name, 'kind']} style={{ width: 130 }}>
                        <Select
                          options={(['province', 'content', 'reserve'] as const).map((k) => ({
                            value: k,
                            label: kindLabel(k),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'key']} style={{ width: 100 }}>
                        <Input placeholder="01 / ND45-3" data-testid="sub-key" />
                      </Form.Item>
                      <Form.Item name={[f.name, 'amount']} style={{ width: 230 }}>
                        <MoneyInput testId="sub-amount" />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  {plan.abilities.update ? (
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => add({ kind: 'province', key: '', amount: '0' })}
                      data-testid="add-sub"
                    >
                      {label(tx.subEnvelopes)}
                    </Button>
                  ) : null}
                </>
              )}
            </Form.List>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}
