import { DownloadOutlined } from '@ant-design/icons';
import { Button, Descriptions, Form, Input, Space } from 'antd';
import { formatDate, formatVnd } from '../../../../../shared/format.ts';
import type { ContractDto } from '../../../../../shared/schemas/contracts.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useContractTransition } from '../api.ts';
import { tx } from '../text.ts';
import { ActionModal, required, today } from './action-modal.tsx';
import { DocumentLinks } from './documents-field.tsx';

/** The contract's terms and the actions the server allows now: send, record signing, liquidate, print. */
export function ContractCard({ contract: c }: { contract: ContractDto }) {
  const label = useLabel();
  const transition = useContractTransition();
  const fire = (action: 'send' | 'sign' | 'liquidate') => (v: { date?: string; documentNumber?: string }) =>
    transition.mutateAsync({
      id: c.id,
      action,
      version: c.version,
      date: v.date,
      documentNumber: v.documentNumber ?? null,
    });
  const docx = (form: string) => `/api/contracts/${c.id}/document.docx?form=${form}`;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {c.abilities.send ? (
          <ActionModal title={label(tx.send)} testId="send-contract" primary={false} submit={fire('send')}>
            {null}
          </ActionModal>
        ) : null}
        {c.abilities.sign ? (
          <ActionModal<{ date: string }>
            title={label(tx.sign)}
            testId="sign-contract"
            initial={{ date: today() }}
            submit={fire('sign')}
          >
            <Form.Item name="date" label={label(tx.signed)} rules={[{ required: true }]}>
              <Input type="date" data-testid="sign-date" />
            </Form.Item>
          </ActionModal>
        ) : null}
        {c.abilities.liquidate ? (
          <ActionModal<{ date: string; documentNumber: string }>
            title={label(tx.liquidate)}
            testId="liquidate-contract"
            initial={{ date: today() }}
            submit={fire('liquidate')}
          >
            <Form.Item name="date" label={label(tx.date)} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="documentNumber" label={label(tx.docNumber)} rules={required}>
              <Input data-testid="liquidation-number" />
            </Form.Item>
          </ActionModal>
        ) : null}
        <Button icon={<DownloadOutlined />} href={docx('contract')} data-testid="print-contract">
          {`${label(tx.print)} ${label(tx.tabContract).toLowerCase()}`}
        </Button>
        {c.phase !== 'active' && c.phase !== 'stopped' ? (
          <Button href={docx('acceptance')}>{`${label(tx.print)} BB nghiệm thu`}</Button>
        ) : null}
        {c.liquidatedDate ? (
          <Button href={docx('liquidation')}>{`${label(tx.print)} BB thanh lý`}</Button>
        ) : null}
        {c.phase === 'settled' ? (
          <Button href={docx('settlement')}>{`${label(tx.print)} quyết toán`}</Button>
        ) : null}
      </Space>
      <Descriptions size="small" bordered column={{ xs: 1, xl: 2 }}>
        <Descriptions.Item label={label(tx.number)}>{c.number}</Descriptions.Item>
        <Descriptions.Item label={label(tx.value)}>
          <span data-testid="contract-value">{formatVnd(c.value)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={label(tx.partyA)}>{c.partyA}</Descriptions.Item>
        <Descriptions.Item label={label(tx.partyB)}>{c.partyB}</Descriptions.Item>
        <Descriptions.Item label={label(tx.counterpart)}>
          {formatVnd(c.counterpartCommitted)}
        </Descriptions.Item>
        <Descriptions.Item
          label={label(tx.period)}
        >{`${formatDate(c.startDate)} – ${formatDate(c.endDate)}`}</Descriptions.Item>
        <Descriptions.Item label={label(tx.assigned)}>{formatDate(c.assignedAt)}</Descriptions.Item>
        <Descriptions.Item label={label(tx.signed)}>{formatDate(c.signedDate) || '—'}</Descriptions.Item>
        <Descriptions.Item label={label(tx.paymentTerms)} span={2}>
          {c.paymentTerms ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={label(tx.schedule)} span={2}>
          {c.schedule.map((s) => `${formatDate(s.dueDate)} — ${s.title}`).join('; ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={label(tx.documents)} span={2}>
          <DocumentLinks contractId={c.id} documents={c.documents} />
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
