import { DownloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { parseVnDate } from '../../../../../shared/format.ts';
import type { PlanDetail } from '../../../../../shared/schemas/plans.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { usePlanTransition, useRunAllocation } from '../api.ts';
import { tx } from '../text.ts';

/** Run, submit, approve (with the decision document), return, and the printable tables. */
export function PlanActions({ plan }: { plan: PlanDetail }) {
  const label = useLabel();
  const fb = useFeedback();
  const run = useRunAllocation(plan.id);
  const move = usePlanTransition(plan.id);
  const [approving, setApproving] = useState(false);
  const [form] = Form.useForm<{ decisionNumber: string; decisionDate: string }>();
  const done = { onSuccess: () => fb.success(label(tx.saved)), onError: (e: unknown) => fb.error(e) };
  const approve = async () => {
    const v = await form.validateFields();
    move.mutate(
      {
        action: 'approve',
        version: plan.version,
        decisionNumber: v.decisionNumber,
        decisionDate: parseVnDate(v.decisionDate),
      },
      {
        onSuccess: () => {
          fb.success(label(tx.saved));
          setApproving(false);
        },
        onError: (e) => fb.error(e, form),
      },
    );
  };
  return (
    <>
      {plan.abilities.run ? (
        <Button
          type="primary"
          icon={<ThunderboltOutlined />}
          loading={run.isPending}
          onClick={() => run.mutate({ note: null }, done)}
          data-testid="run-allocation"
        >
          {label(tx.run)}
        </Button>
      ) : null}
      {plan.abilities.submit ? (
        <Button
          onClick={() => move.mutate({ action: 'submit', version: plan.version }, done)}
          data-testid="plan-submit"
        >
          {label(tx.submit)}
        </Button>
      ) : null}
      {plan.abilities.approve ? (
        <Button type="primary" onClick={() => setApproving(true)} data-testid="plan-approve">
          {label(tx.approve)}
        </Button>
      ) : null}
      {plan.abilities.return ? (
        <Button onClick={() => move.mutate({ action: 'return', version: plan.version }, done)}>
          {label(tx.return)}
        </Button>
      ) : null}
      <Button icon={<DownloadOutlined />} href={`/api/plans/${plan.id}/table.xlsx`} data-testid="plan-xlsx">
        {label(tx.exportXlsx)}
      </Button>
      <Button icon={<DownloadOutlined />} href={`/api/plans/${plan.id}/table.docx`}>
        {label(tx.exportDocx)}
      </Button>
      {approving ? (
        <Modal
          open
          title={label(tx.approve)}
          onOk={() => void approve()}
          onCancel={() => setApproving(false)}
          confirmLoading={move.isPending}
          okButtonProps={{ id: 'approve-submit' }}
        >
          <Form form={form} layout="vertical">
            <Form.Item name="decisionNumber" label={label(tx.decisionNumber)} rules={[{ required: true }]}>
              <Input data-testid="decision-number" />
            </Form.Item>
            <Form.Item
              name="decisionDate"
              label={label(tx.decisionDate)}
              rules={[{ required: true, pattern: /^\d{2}\/\d{2}\/\d{4}$/ }]}
            >
              <Input placeholder="dd/mm/yyyy" data-testid="decision-date" />
            </Form.Item>
          </Form>
        </Modal>
      ) : null}
    </>
  );
}
