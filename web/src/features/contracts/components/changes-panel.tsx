import { Checkbox, Form, Input, Space, Table, Tag } from 'antd';
import { formatDate, formatVnd } from '../../../../../shared/format.ts';
import type { DocumentRef } from '../../../../../shared/schemas/contracts.ts';
import {
  authorityLabels,
  type ChangeKind,
  type ChangeRequestDto,
  changeKindLabels,
  changeKinds,
  changeStateLabels,
} from '../../../../../shared/schemas/contracts-monitoring.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useDecideChange, useRaiseChange, useSchemeChanges } from '../api.ts';
import { tx } from '../text.ts';
import { ActionModal, required } from './action-modal.tsx';
import { DocumentLinks, DocumentsField } from './documents-field.tsx';

type RaiseForm = {
  kinds: ChangeKind[];
  reason: string;
  amount?: string;
  endDate?: string;
  documents: DocumentRef[];
};
type DecideForm = { decisionNumber?: string; note?: string };

/** Approve / reject buttons for a request the user may decide (the authority matrix decides who). */
export function DecideButtons({ r }: { r: ChangeRequestDto }) {
  const label = useLabel();
  const decide = useDecideChange();
  if (!r.abilities.approve) return null;
  const send = (decision: 'approve' | 'reject') => (v: DecideForm) =>
    decide.mutateAsync({
      id: r.id,
      decision,
      version: r.version,
      decisionNumber: v.decisionNumber ?? null,
      note: v.note ?? null,
    });
  const fields = (
    <>
      <Form.Item
        name="decisionNumber"
        label={label(tx.decisionNumber)}
        rules={r.authority === 'ministry' ? required : []}
      >
        <Input data-testid="decision-number" />
      </Form.Item>
      <Form.Item name="note" label={label(tx.note)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
  return (
    <Space>
      <ActionModal<DecideForm> title={label(tx.approve)} testId={`approve-${r.id}`} submit={send('approve')}>
        {fields}
      </ActionModal>
      <ActionModal<DecideForm>
        title={label(tx.reject)}
        testId={`reject-${r.id}`}
        submit={send('reject')}
        danger
        primary={false}
      >
        {fields}
      </ActionModal>
    </Space>
  );
}

export function changeColumns(label: ReturnType<typeof useLabel>) {
  return [
    {
      title: label(tx.date),
      width: 100,
      render: (_: unknown, r: ChangeRequestDto) => formatDate(r.requestedAt),
    },
    {
      title: label(tx.kinds),
      render: (_: unknown, r: ChangeRequestDto) =>
        r.kinds.map((k) => <Tag key={k}>{label(changeKindLabels[k])}</Tag>),
    },
    { title: label(tx.reason), dataIndex: 'reason' },
    {
      title: label(tx.changeDocuments),
      render: (_: unknown, r: ChangeRequestDto) => (
        <DocumentLinks contractId={r.contractId} documents={r.documents} />
      ),
    },
    {
      title: label(tx.amount),
      align: 'right' as const,
      render: (_: unknown, r: ChangeRequestDto) => (r.amount ? formatVnd(r.amount) : '—'),
    },
    {
      title: label(tx.authority),
      render: (_: unknown, r: ChangeRequestDto) => (
        <span
          title={`${r.authorityCitation.document}, Điều ${r.authorityCitation.article ?? ''} ${r.authorityCitation.note ?? ''}`}
        >
          {label(authorityLabels[r.authority])}
        </span>
      ),
    },
    {
      title: label(tx.state),
      render: (_: unknown, r: ChangeRequestDto) => (
        <span data-testid="change-state">
          {label(changeStateLabels[r.state])}
          {r.released && r.released !== '0' ? ` · ${label(tx.released)}: ${formatVnd(r.released)}` : ''}
        </span>
      ),
    },
    { title: '', render: (_: unknown, r: ChangeRequestDto) => <DecideButtons r={r} /> },
  ];
}

/**
 * A scheme's change requests, and the form to raise one (kind, reason, amount or new end date, documents;
 * files are uploaded to the scheme's contract when it has one).
 */
export function ChangesPanel({
  schemeId,
  schemeVersion,
  canRaise,
  contractId = null,
}: {
  schemeId: string;
  schemeVersion: number;
  canRaise: boolean;
  contractId?: string | null;
}) {
  const label = useLabel();
  const q = useSchemeChanges(schemeId);
  const raise = useRaiseChange();
  const submit = (v: RaiseForm) => {
    const changes: Record<string, string> = {};
    if (v.endDate && (v.kinds.includes('timing') || v.kinds.includes('extension')))
      changes.endDate = v.endDate;
    return raise.mutateAsync({
      id: schemeId,
      kinds: v.kinds,
      reason: v.reason,
      amount: v.amount || undefined,
      changes,
      documents: v.documents ?? [],
      schemeVersion,
    });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canRaise ? (
        <ActionModal<RaiseForm>
          title={label(tx.raise)}
          testId="raise-change"
          initial={{ documents: [] }}
          submit={submit}
        >
          <Form.Item name="kinds" label={label(tx.kinds)} rules={[{ required: true }]}>
            <Checkbox.Group
              data-testid="change-kinds"
              options={changeKinds
                .filter((k) =>
                  ['funding_increase', 'funding_decrease', 'timing', 'extension', 'stop'].includes(k),
                )
                .map((k) => ({ value: k, label: label(changeKindLabels[k]) }))}
            />
          </Form.Item>
          <Form.Item name="reason" label={label(tx.reason)} rules={required}>
            <Input.TextArea rows={3} data-testid="change-reason" />
          </Form.Item>
          <Form.Item name="amount" label={label(tx.amount)} rules={[{ pattern: /^\d+$/ }]}>
            <Input data-testid="change-amount" inputMode="numeric" />
          </Form.Item>
          <Form.Item name="endDate" label={label(tx.newEnd)}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="documents" label={label(tx.changeDocuments)}>
            <DocumentsField contractId={contractId} testId="change-documents" />
          </Form.Item>
        </ActionModal>
      ) : null}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={q.data}
        columns={changeColumns(label)}
        data-testid="changes"
        locale={{ emptyText: label(tx.none) }}
      />
    </Space>
  );
}
