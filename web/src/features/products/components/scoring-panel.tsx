import { Alert, Button, Form, Input, InputNumber, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import type { RoundDto } from '../../../../../shared/schemas/products.ts';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { type MySheets, useMySheets, useSubmitSheet } from '../api.ts';
import { groupLabels, tx } from '../text.ts';

type Item = MySheets['items'][number];
type Values = Record<string, { points: number; note?: string }>;

function SheetModal({ sheets, item, onClose }: { sheets: MySheets; item: Item; onClose: () => void }) {
  const label = useLabel();
  const { lang } = useI18n();
  const feedback = useFeedback();
  const submit = useSubmitSheet();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form);
  const total = sheets.criteria.reduce((a, c) => a + (Number(values?.[c.code]?.points) || 0), 0);
  const initial = Object.fromEntries(
    (item.scores ?? []).map((s) => [s.criterion, { points: s.points, note: s.note }]),
  );
  return (
    <Modal
      open
      width={720}
      title={`${label(tx.score)}: ${item.name}`}
      okText={label(tx.save)}
      cancelText={label(tx.cancel)}
      okButtonProps={{ id: 'save-sheet' }}
      confirmLoading={submit.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={async (v) => {
          try {
            await submit.mutateAsync({
              entryId: item.entryId,
              input: {
                scores: sheets.criteria.map((c) => ({
                  criterion: c.code,
                  points: Number(v[c.code]?.points ?? 0),
                  note: v[c.code]?.note ?? '',
                })),
              },
            });
            feedback.success(label(tx.sheetSaved));
            onClose();
          } catch (e) {
            feedback.error(e);
          }
        }}
      >
        {sheets.criteria.map((c) => (
          <div key={c.code} style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
            <Form.Item
              name={[c.code, 'points']}
              label={`${lang === 'en' ? c.nameEn : c.nameVi} (0–${c.max})`}
              rules={[{ required: true }]}
              style={{ flex: '0 0 260px' }}
            >
              <InputNumber
                id={`score-${c.code}`}
                min={0}
                max={c.max}
                precision={0}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item name={[c.code, 'note']} label={label(tx.note)} style={{ flex: 1 }}>
              <Input id={`note-${c.code}`} />
            </Form.Item>
          </div>
        ))}
        <strong data-testid="sheet-total">
          {label(tx.total)}: {total}/100
        </strong>
      </Form>
    </Modal>
  );
}

/** The signed-in member's sheets: one per entry; entries of a declared establishment are locked. */
export function ScoringPanel({ round }: { round: RoundDto }) {
  const label = useLabel();
  const sheets = useMySheets(round.id, Boolean(round.myMemberId));
  const [open, setOpen] = useState<Item | null>(null);
  if (sheets.error) return <QueryError error={sheets.error} retry={() => void sheets.refetch()} />;
  const data = sheets.data;
  return (
    <>
      {round.status !== 'scoring' ? (
        <Alert type="info" showIcon message={label(tx.scoringClosed)} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<Item>
        rowKey="entryId"
        loading={sheets.isFetching}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            key: 'name',
            title: label(tx.productName),
            width: 280,
            render: (_, i) => (
              <>
                <strong>{i.name}</strong>
                <div style={{ color: '#666' }}>{i.establishmentName}</div>
              </>
            ),
          },
          { key: 'group', title: label(tx.group), width: 220, render: (_, i) => label(groupLabels[i.group]) },
          {
            key: 'total',
            title: label(tx.total),
            width: 240,
            render: (_, i) =>
              i.conflicted ? (
                <Tag color="red">{label(tx.conflicted)}</Tag>
              ) : i.total === null ? (
                <Tag>{label(tx.notScored)}</Tag>
              ) : (
                <Tag color="blue">{i.total}/100</Tag>
              ),
          },
          {
            key: 'act',
            width: 120,
            render: (_, i) =>
              round.abilities.score && !i.conflicted ? (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => setOpen(i)}
                  data-testid={`score-${i.name}`}
                >
                  {label(tx.score)}
                </Button>
              ) : null,
          },
        ]}
      />
      {open && data ? <SheetModal sheets={data} item={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
