import { Button, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { formatVnd, parseVnDate } from '../../../../../shared/format.ts';
import type { PlanDetail, PlanLine } from '../../../../../shared/schemas/plans.ts';
import type { SchemeState } from '../../../../../shared/schemas/schemes.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { SchemeStateTag } from '../../schemes/components/scheme-tags.tsx';
import { useAssign, usePins } from '../api.ts';
import { tx } from '../text.ts';

/** Giao kế hoạch, kinh phí to one implementer: its approved, unassigned schemes at their approved amounts. */
function AssignModal({
  plan,
  implementerOrgId,
  onClose,
}: {
  plan: PlanDetail;
  implementerOrgId: string;
  onClose: () => void;
}) {
  const label = useLabel();
  const [form] = Form.useForm<{ documentNumber: string; documentDate: string }>();
  const assign = useAssign(plan.id);
  const fb = useFeedback();
  const lines = plan.lines.filter(
    (l) => l.selected && l.implementerOrgId === implementerOrgId && l.assignedAmount === null,
  );
  const submit = async () => {
    const v = await form.validateFields();
    assign.mutate(
      {
        implementerOrgId,
        documentNumber: v.documentNumber,
        documentDate: v.documentDate ? parseVnDate(v.documentDate) : null,
        lines: lines.map((l) => ({ schemeId: l.schemeId, amount: l.approvedAmount ?? l.requested })),
      },
      {
        onSuccess: () => {
          fb.success(label(tx.saved));
          onClose();
        },
        onError: (e) => fb.error(e, form),
      },
    );
  };
  return (
    <Modal
      open
      title={`${label(tx.assign)} — ${lines[0]?.implementerName ?? ''}`}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={assign.isPending}
      okButtonProps={{ id: 'assign-submit' }}
    >
      <Table
        size="small"
        rowKey="schemeId"
        pagination={false}
        dataSource={lines}
        columns={[
          { title: label(tx.code), dataIndex: 'code' },
          { title: label(tx.approved), align: 'right', render: (_, l) => formatVnd(l.approvedAmount ?? '0') },
        ]}
      />
      <Form form={form} layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item name="documentNumber" label={label(tx.documentNumber)} rules={[{ required: true }]}>
          <Input data-testid="assign-document" />
        </Form.Item>
        <Form.Item name="documentDate" label={label(tx.decisionDate)}>
          <Input placeholder="dd/mm/yyyy" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The plan's schemes: funded lines and candidates by rank, with pins (draft) and assignment (approved). */
export function PlanLines({ plan }: { plan: PlanDetail }) {
  const label = useLabel();
  const pins = usePins(plan.id);
  const fb = useFeedback();
  const [assigning, setAssigning] = useState<string | null>(null);
  const setPin = (l: PlanLine, pin: 'in' | 'out' | 'none') =>
    pins.mutate(
      { version: plan.version, pins: [{ schemeId: l.schemeId, pin }] },
      { onError: (e) => fb.error(e) },
    );
  return (
    <>
      <Table<PlanLine>
        size="small"
        rowKey="schemeId"
        dataSource={plan.lines}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1600 }}
        data-testid="plan-lines"
        columns={[
          { title: label(tx.code), dataIndex: 'code', width: 150 },
          { title: label(tx.name), dataIndex: 'title', width: 340 },
          { title: label(tx.province), dataIndex: 'provinceCode', width: 60 },
          { title: label(tx.implementer), dataIndex: 'implementerName', width: 200 },
          {
            title: label(tx.requested),
            width: 140,
            align: 'right',
            render: (_, l) => formatVnd(l.requested),
          },
          {
            title: label(tx.state),
            width: 170,
            render: (_, l) => <SchemeStateTag state={l.state as SchemeState} />,
          },
          {
            title: label(tx.assigned),
            width: 140,
            align: 'right',
            render: (_, l) => (l.assignedAmount ? formatVnd(l.assignedAmount) : '—'),
          },
          {
            title: label(tx.pin),
            width: 150,
            render: (_, l) =>
              plan.abilities.pin ? (
                <Select
                  size="small"
                  style={{ width: 130 }}
                  value={l.pin}
                  onChange={(v) => setPin(l, v)}
                  data-testid={`pin-${l.code}`}
                  options={[
                    { value: 'none', label: label(tx.pinNone) },
                    { value: 'in', label: label(tx.pinIn) },
                    { value: 'out', label: label(tx.pinOut) },
                  ]}
                />
              ) : l.pin !== 'none' ? (
                <Tag>{label(l.pin === 'in' ? tx.pinIn : tx.pinOut)}</Tag>
              ) : null,
          },
          {
            title: '',
            width: 170,
            render: (_, l) =>
              plan.abilities.assign && l.selected && l.assignedAmount === null ? (
                <Button
                  size="small"
                  onClick={() => setAssigning(l.implementerOrgId)}
                  data-testid={`assign-${l.code}`}
                >
                  {label(tx.assign)}
                </Button>
              ) : l.assignmentDocument ? (
                <Tag color="lime">{l.assignmentDocument}</Tag>
              ) : null,
          },
        ]}
      />
      {assigning ? (
        <AssignModal plan={plan} implementerOrgId={assigning} onClose={() => setAssigning(null)} />
      ) : null}
    </>
  );
}
