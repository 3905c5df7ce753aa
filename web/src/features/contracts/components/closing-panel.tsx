import { Alert, Descriptions, Form, Input, Space, Typography } from 'antd';
import { formatDate, formatVnd } from '../../../../../shared/format.ts';
import type { ContractDto, DocumentRef } from '../../../../../shared/schemas/contracts.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useAccept, useClosing, useSettle } from '../api.ts';
import { tx } from '../text.ts';
import { ActionModal, required, today } from './action-modal.tsx';
import { DocumentLinks, DocumentsField } from './documents-field.tsx';
import { Reconciliation } from './money-panel.tsx';
import { fill } from './tags.tsx';

type AcceptForm = {
  date: string;
  minutesNumber: string;
  members: string;
  acceptedAmount: string;
  conclusion: string;
  documents: DocumentRef[];
} & Record<`ev_${string}`, string>;
type SettleForm = {
  date: string;
  number: string;
  state: string;
  counterpart: string;
  note?: string;
  documents: DocumentRef[];
};

/** Base-level acceptance with its evidence, then settlement that must reconcile with the ledger. */
export function ClosingPanel({ contract: c }: { contract: ContractDto }) {
  const label = useLabel();
  const q = useClosing(c.id);
  const accept = useAccept();
  const settle = useSettle();
  const d = q.data;
  if (!d) return null;
  const src = c.level === 'national' ? 'national' : 'local';
  const net = d.balances.find((b) => b.source === src)?.net ?? '0';
  const counterpart = d.balances.find((b) => b.source === 'counterpart')?.net ?? '0';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type={d.settlement ? 'success' : 'warning'}
        message={fill(label(tx.deadline), { date: formatDate(d.settlementDeadline) })}
      />
      <Typography.Title level={5}>{label(tx.acceptance)}</Typography.Title>
      {d.acceptance ? (
        <Descriptions size="small" bordered column={1} data-testid="acceptance">
          <Descriptions.Item
            label={label(tx.minutes)}
          >{`${d.acceptance.minutesNumber} — ${formatDate(d.acceptance.date)}`}</Descriptions.Item>
          <Descriptions.Item label={label(tx.acceptedAmount)}>
            {formatVnd(d.acceptance.acceptedAmount)}
          </Descriptions.Item>
          <Descriptions.Item label={label(tx.conclusion)}>{d.acceptance.conclusion}</Descriptions.Item>
          <Descriptions.Item label={label(tx.acceptanceDocuments)}>
            <DocumentLinks contractId={c.id} documents={d.acceptance.documents} />
          </Descriptions.Item>
        </Descriptions>
      ) : c.abilities['acceptance.record'] && c.state === 'signed' && c.phase === 'active' ? (
        <ActionModal<AcceptForm>
          title={label(tx.acceptance)}
          testId="record-acceptance"
          initial={{ date: today(), acceptedAmount: c.value, documents: [] }}
          submit={(v) =>
            accept.mutateAsync({
              id: c.id,
              date: v.date,
              minutesNumber: v.minutesNumber,
              members: v.members,
              acceptedAmount: v.acceptedAmount,
              conclusion: v.conclusion,
              evidence: d.requiredEvidence
                .map((r) => ({ code: r.code, reference: v[`ev_${r.code}`] ?? '' }))
                .filter((e) => e.reference),
              documents: v.documents ?? [],
              contractVersion: c.version,
            })
          }
        >
          <Form.Item name="date" label={label(tx.date)} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="minutesNumber" label={label(tx.minutes)} rules={required}>
            <Input data-testid="acceptance-number" />
          </Form.Item>
          <Form.Item name="members" label={label(tx.members)} rules={required}>
            <Input data-testid="acceptance-members" />
          </Form.Item>
          <Form.Item
            name="acceptedAmount"
            label={label(tx.acceptedAmount)}
            rules={[{ required: true, pattern: /^\d+$/ }]}
          >
            <Input data-testid="acceptance-amount" />
          </Form.Item>
          <Form.Item name="conclusion" label={label(tx.conclusion)} rules={required}>
            <Input.TextArea rows={2} data-testid="acceptance-conclusion" />
          </Form.Item>
          <Typography.Text strong>{label(tx.evidence)}</Typography.Text>
          {d.requiredEvidence.map((r) => (
            <Form.Item key={r.code} name={`ev_${r.code}`} label={r.nameVi} rules={required}>
              <Input data-testid={`evidence-${r.code}`} placeholder="Số, ngày văn bản" />
            </Form.Item>
          ))}
          <Form.Item name="documents" label={label(tx.acceptanceDocuments)}>
            <DocumentsField contractId={c.id} testId="acceptance-documents" />
          </Form.Item>
        </ActionModal>
      ) : (
        <Typography.Text type="secondary">{label(tx.none)}</Typography.Text>
      )}
      <Typography.Title level={5}>{label(tx.settlement)}</Typography.Title>
      <Reconciliation balances={d.balances} />
      {d.settlement ? (
        <Descriptions size="small" bordered column={1} data-testid="settlement">
          <Descriptions.Item
            label={label(tx.settlementNo)}
          >{`${d.settlement.number} — ${formatDate(d.settlement.date)}`}</Descriptions.Item>
          <Descriptions.Item label={label(tx.returned)}>
            <span data-testid="settlement-returned">{formatVnd(d.settlement.returned)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={label(tx.settlementDocuments)}>
            <DocumentLinks contractId={c.id} documents={d.settlement.documents} />
          </Descriptions.Item>
        </Descriptions>
      ) : c.abilities['settlement.record'] && c.state === 'liquidated' && c.phase === 'accepted' ? (
        <ActionModal<SettleForm>
          title={label(tx.settlement)}
          testId="record-settlement"
          initial={{ date: today(), state: net, counterpart, documents: [] }}
          submit={(v) =>
            settle.mutateAsync({
              id: c.id,
              date: v.date,
              number: v.number,
              note: v.note ?? null,
              amounts: [
                { source: src, settled: v.state },
                { source: 'counterpart', settled: v.counterpart },
              ],
              documents: v.documents ?? [],
              contractVersion: c.version,
            })
          }
        >
          <Form.Item name="date" label={label(tx.date)} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="number" label={label(tx.settlementNo)} rules={required}>
            <Input data-testid="settlement-number" />
          </Form.Item>
          <Form.Item
            name="state"
            label={`${label(tx.settled)} — ${src === 'national' ? 'NSTW' : 'NSĐP'}`}
            rules={[{ required: true, pattern: /^\d+$/ }]}
          >
            <Input data-testid="settlement-state" />
          </Form.Item>
          <Form.Item
            name="counterpart"
            label={`${label(tx.settled)} — đối ứng`}
            rules={[{ required: true, pattern: /^\d+$/ }]}
          >
            <Input data-testid="settlement-counterpart" />
          </Form.Item>
          <Form.Item name="documents" label={label(tx.settlementDocuments)}>
            <DocumentsField contractId={c.id} testId="settlement-documents" />
          </Form.Item>
        </ActionModal>
      ) : null}
    </Space>
  );
}
