import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space, Typography } from 'antd';
import { useLabel } from '../../../lib/i18n.tsx';
import { tx } from '../text.ts';
import { IsoDateInput } from './fields.tsx';

/** Repeating parts of the record: milestones (schedule step); partners and contacts (last step). */
export function SchemeListsFields({ part }: { part: 'schedule' | 'people' }) {
  const label = useLabel();
  const list = (
    name: string,
    title: string,
    fields: { key: string; label: string; date?: boolean; width?: number }[],
  ) => (
    <>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Form.List name={name}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((r) => (
              <Space key={r.key} align="baseline" wrap>
                {fields.map((f) => (
                  <Form.Item
                    key={f.key}
                    name={[r.name, f.key]}
                    rules={f.key === fields[0]!.key ? [{ required: true }] : []}
                  >
                    {f.date ? (
                      <IsoDateInput />
                    ) : (
                      <Input placeholder={f.label} style={{ width: f.width ?? 220 }} />
                    )}
                  </Form.Item>
                ))}
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(r.name)}
                  aria-label="Xóa"
                />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
              {label(tx.add)}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
  if (part === 'schedule')
    return list('milestones', label(tx.milestones), [
      { key: 'title', label: label(tx.milestone), width: 360 },
      { key: 'dueDate', label: label(tx.due), date: true },
    ]);
  return (
    <>
      {list('partners', label(tx.partners), [
        { key: 'name', label: label(tx.partnerName), width: 300 },
        { key: 'role', label: label(tx.partnerRole) },
      ])}
      {list('contacts', label(tx.contacts), [
        { key: 'name', label: label(tx.contactName) },
        { key: 'phone', label: label(tx.phone), width: 160 },
        { key: 'email', label: label(tx.email) },
      ])}
    </>
  );
}
