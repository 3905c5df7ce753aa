import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { formatVnd } from '../../../../../shared/format.ts';
import type { ComputeResult, FundingSource, SchemeLevel } from '../../../../../shared/schemas/rules.ts';
import type { SupportItemsDto } from '../../../../../shared/schemas/scheme-extras.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { sourceLabels, tx } from '../text.ts';
import { lineTotal, MoneyInput } from './fields.tsx';

type Line = {
  itemCode?: string;
  contentCode?: string;
  quantity?: number;
  unitPrice?: string;
  fundingSource?: FundingSource;
};

/**
 * The estimate (Mẫu 1): one row per line with its support item, content, quantity, unit price and source.
 * The total of a line is computed, never typed; the legal basis of the line's item and any violation the
 * rules report for it are shown beside it.
 */
export function CostLinesEditor({
  items,
  contentCodes,
  level,
  result,
}: {
  items: SupportItemsDto | undefined;
  contentCodes: string[];
  level: SchemeLevel | undefined;
  result: ComputeResult | undefined;
}) {
  const label = useLabel();
  const form = Form.useFormInstance();
  const lines = (Form.useWatch('costLines', form) as Line[] | undefined) ?? [];
  const stateSource: FundingSource = level === 'local' ? 'local' : 'national';
  const itemOptions = (items?.items ?? [])
    .filter((i) => i.funded)
    .map((i) => ({ value: i.code, label: `${i.nameVi}${i.unknown ? ' (chưa xác minh mức)' : ''}` }));
  const violationsOf = (ref: string) => (result?.violations ?? []).filter((v) => v.lineRefs.includes(ref));
  return (
    <Form.List name="costLines">
      {(fields, { add, remove }) => (
        <>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            scroll={{ x: 1200 }}
            columns={[
              { title: '#', width: 40, render: (_, f) => f.name + 1 },
              {
                title: label(tx.item),
                width: 240,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'itemCode']} rules={[{ required: true }]} noStyle>
                    <Select
                      options={itemOptions}
                      style={{ width: 230 }}
                      showSearch
                      optionFilterProp="label"
                      data-testid={`line-${f.name}-item`}
                      onChange={(code: string) => {
                        const it = items?.items.find((i) => i.code === code);
                        const content =
                          it?.contentCodes.find((c) => contentCodes.includes(c)) ?? contentCodes[0];
                        if (content) form.setFieldValue(['costLines', f.name, 'contentCode'], content);
                      }}
                    />
                  </Form.Item>
                ),
              },
              {
                title: label(tx.content),
                width: 110,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'contentCode']} rules={[{ required: true }]} noStyle>
                    <Select
                      options={contentCodes.map((c) => ({ value: c, label: c }))}
                      style={{ width: 100 }}
                    />
                  </Form.Item>
                ),
              },
              {
                title: label(tx.description),
                width: 240,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'description']} rules={[{ required: true }]} noStyle>
                    <Input data-testid={`line-${f.name}-description`} />
                  </Form.Item>
                ),
              },
              {
                title: label(tx.unit),
                width: 80,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'unit']} noStyle>
                    <Input />
                  </Form.Item>
                ),
              },
              {
                title: label(tx.qty),
                width: 90,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'quantity']} rules={[{ required: true }]} noStyle>
                    <InputNumber
                      min={0.001}
                      step={1}
                      style={{ width: 80 }}
                      data-testid={`line-${f.name}-qty`}
                    />
                  </Form.Item>
                ),
              },
              {
                title: label(tx.price),
                width: 160,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'unitPrice']} rules={[{ required: true }]} noStyle>
                    <MoneyInput />
                  </Form.Item>
                ),
              },
              {
                title: label(tx.lineTotal),
                width: 140,
                align: 'right',
                render: (_, f) => formatVnd(lineTotal(lines[f.name]?.quantity, lines[f.name]?.unitPrice)),
              },
              {
                title: label(tx.source),
                width: 140,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'fundingSource']} rules={[{ required: true }]} noStyle>
                    <Select
                      style={{ width: 130 }}
                      data-testid={`line-${f.name}-source`}
                      options={(['national', 'local', 'counterpart', 'other'] as const).map((s) => ({
                        value: s,
                        label: label(sourceLabels[s]),
                      }))}
                    />
                  </Form.Item>
                ),
              },
              {
                title: label(tx.basis),
                width: 220,
                render: (_, f) => {
                  const it = items?.items.find((i) => i.code === lines[f.name]?.itemCode);
                  const bad = violationsOf(String(f.name + 1));
                  return (
                    <>
                      <Typography.Text type="secondary">{it?.citation ?? ''}</Typography.Text>
                      {bad.map((v) => (
                        <div key={v.code}>
                          <Tag color="error">{v.code}</Tag>
                        </div>
                      ))}
                    </>
                  );
                },
              },
              {
                title: '',
                width: 48,
                render: (_, f) => (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label="Xóa dòng"
                  />
                ),
              },
            ]}
          />
          <Button
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            onClick={() =>
              add({ quantity: 1, unitPrice: '0', fundingSource: stateSource, contentCode: contentCodes[0] })
            }
            data-testid="add-line"
          >
            {label(tx.add)}
          </Button>
        </>
      )}
    </Form.List>
  );
}
