import { Alert, Form, Input, Select, Space, Table, Typography } from 'antd';
import { formatDate, formatVnd } from '../../../../../shared/format.ts';
import {
  type MoneyDto,
  type MoneyKind,
  moneyKindLabels,
  moneyKinds,
  moneySourceLabels,
} from '../../../../../shared/schemas/contracts.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useMoney, useRecordMoney } from '../api.ts';
import { tx } from '../text.ts';
import { ActionModal, required, today } from './action-modal.tsx';
import { fill } from './tags.tsx';

/** Contracted, advanced, paid, recovered, accepted and settled per source (national/local and counterpart). */
export function Reconciliation({ balances }: { balances: MoneyDto['balances'] }) {
  const label = useLabel();
  const v = (x: string | null) => (x === null ? '—' : formatVnd(x));
  return (
    <Table
      size="small"
      rowKey="source"
      pagination={false}
      dataSource={balances}
      data-testid="reconciliation"
      scroll={{ x: 900 }}
      columns={[
        { title: label(tx.source), render: (_, b) => label(moneySourceLabels[b.source]) },
        { title: label(tx.contracted), align: 'right', render: (_, b) => v(b.contracted) },
        { title: label(tx.advanced), align: 'right', render: (_, b) => v(b.advanced) },
        { title: label(tx.paid), align: 'right', render: (_, b) => v(b.paid) },
        { title: label(tx.recovered), align: 'right', render: (_, b) => v(b.recovered) },
        { title: label(tx.net), align: 'right', render: (_, b) => <strong>{v(b.net)}</strong> },
        { title: label(tx.accepted), align: 'right', render: (_, b) => v(b.accepted) },
        { title: label(tx.settled), align: 'right', render: (_, b) => v(b.settled) },
      ]}
    />
  );
}

type EntryForm = { kind: MoneyKind; amount: string; date: string; reference: string; note?: string };

/** The scheme's money tab: the ledger, the reconciliation, and the advance the rules allow now. */
export function MoneyPanel({ contractId }: { contractId: string }) {
  const label = useLabel();
  const q = useMoney(contractId);
  const record = useRecordMoney();
  if (q.error) return <QueryError error={q.error} retry={() => void q.refetch()} />;
  const m = q.data;
  if (!m) return null;
  const kinds = moneyKinds.filter((k) =>
    k === 'counterpart' ? m.abilities.counterpart : m.abilities.record,
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type="info"
        data-testid="advance-limit"
        message={fill(label(tx.advanceLimit), {
          limit: formatVnd(m.advance.limit),
          outstanding: formatVnd(m.advance.outstanding),
          remaining: formatVnd(m.advance.remaining),
          ruleSet: m.advance.ruleSetCode ?? '—',
          progress: m.advance.progress,
        })}
        description={
          <>
            {m.advance.basis.map((b) => (
              <div key={b.ruleCode}>
                {`${b.descriptionVi}: ${formatVnd(b.amount)}${b.met ? '' : ' (chưa đủ tiến độ)'} — ${b.citation.document}${b.citation.article ? `, Điều ${b.citation.article}` : ''}`}
              </div>
            ))}
            {m.advance.cap ? (
              <div>{`Trần tạm ứng ${m.advance.cap.percent}%: ${formatVnd(m.advance.cap.amount)} — ${m.advance.cap.citation.document}`}</div>
            ) : null}
            <div>{fill(label(tx.payable), { amount: formatVnd(m.payable) })}</div>
          </>
        }
      />
      <Reconciliation balances={m.balances} />
      {kinds.length ? (
        <ActionModal<EntryForm>
          title={label(tx.record)}
          testId="record-money"
          initial={{ kind: kinds[0], date: today() }}
          submit={(v) =>
            record.mutateAsync({
              ...v,
              id: contractId,
              note: v.note ?? null,
              contractVersion: m.contractVersion,
            })
          }
        >
          <Form.Item name="kind" label={label(tx.kind)} rules={[{ required: true }]}>
            <Select
              data-testid="money-kind"
              options={kinds.map((k) => ({ value: k, label: label(moneyKindLabels[k]) }))}
            />
          </Form.Item>
          <Form.Item name="amount" label={label(tx.amount)} rules={[{ required: true, pattern: /^\d+$/ }]}>
            <Input data-testid="money-amount" inputMode="numeric" />
          </Form.Item>
          <Form.Item name="date" label={label(tx.date)} rules={[{ required: true }]}>
            <Input type="date" data-testid="money-date" />
          </Form.Item>
          <Form.Item name="reference" label={label(tx.reference)} rules={required}>
            <Input data-testid="money-reference" />
          </Form.Item>
          <Form.Item name="note" label={label(tx.note)}>
            <Input />
          </Form.Item>
        </ActionModal>
      ) : null}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={m.entries}
        data-testid="ledger"
        locale={{ emptyText: label(tx.none) }}
        columns={[
          { title: '#', dataIndex: 'seq', width: 50 },
          { title: label(tx.date), width: 110, render: (_, e) => formatDate(e.date) },
          { title: label(tx.kind), render: (_, e) => label(moneyKindLabels[e.kind]) },
          { title: label(tx.source), render: (_, e) => label(moneySourceLabels[e.source]) },
          { title: label(tx.amount), align: 'right', render: (_, e) => formatVnd(e.amount) },
          { title: label(tx.reference), dataIndex: 'reference' },
          { title: label(tx.by), dataIndex: 'createdByName' },
        ]}
      />
      <Typography.Text type="secondary">
        {'Sổ chi chỉ ghi thêm, không sửa, không xoá; số dư là tổng các dòng.'}
      </Typography.Text>
    </Space>
  );
}
