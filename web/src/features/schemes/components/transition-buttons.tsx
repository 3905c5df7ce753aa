import { Button, Form, Input, Modal, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import {
  type SchemeAction,
  type SchemeDto,
  schemeActionLabels,
  schemeActions,
} from '../../../../../shared/schemas/schemes.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useTransition } from '../api.ts';
import { tx } from '../text.ts';

const needsReason: readonly SchemeAction[] = ['return', 'reject', 'withdraw'];
const danger: readonly SchemeAction[] = ['reject', 'withdraw'];

/** One button per action the server says this user may fire now; each asks for a comment (a reason when required). */
export function TransitionButtons({ scheme }: { scheme: SchemeDto }) {
  const label = useLabel();
  const feedback = useFeedback();
  const transition = useTransition(scheme.id);
  const [action, setAction] = useState<SchemeAction | null>(null);
  const [form] = Form.useForm<{ comment?: string }>();
  const allowed = schemeActions.filter((a) => scheme.abilities[a]);
  // Approval is the plan's (plans module), never a button here: say where the scheme waits.
  const waitsForPlan =
    scheme.state === (scheme.level === 'national' ? 'agency_appraised' : 'province_appraised');

  const fire = async () => {
    if (!action) return;
    const { comment } = await form.validateFields();
    try {
      await transition.mutateAsync({ action, version: scheme.version, comment: comment ?? null });
      feedback.success(label(schemeActionLabels[action]));
      setAction(null);
      form.resetFields();
    } catch (e) {
      feedback.error(e);
    }
  };

  return (
    <>
      {waitsForPlan && (
        <Tooltip title={label(tx.waitsForPlanHint)}>
          <Tag color="processing" data-testid="waits-for-plan">
            {label(tx.waitsForPlan)}
          </Tag>
        </Tooltip>
      )}
      {allowed.map((a) => (
        <Button
          key={a}
          type={danger.includes(a) ? 'default' : 'primary'}
          danger={danger.includes(a)}
          onClick={() => setAction(a)}
          data-testid={`action-${a}`}
        >
          {label(schemeActionLabels[a])}
        </Button>
      ))}
      <Modal
        open={action !== null}
        title={action ? label(schemeActionLabels[action]) : ''}
        onCancel={() => setAction(null)}
        onOk={() => void fire()}
        okText={label(tx.confirm)}
        confirmLoading={transition.isPending}
        okButtonProps={{ id: 'confirm-action' }}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="comment"
            label={label(tx.comment)}
            rules={
              action && needsReason.includes(action)
                ? [{ required: true, whitespace: true, message: label(tx.commentRequired) }]
                : []
            }
          >
            <Input.TextArea rows={3} data-testid="transition-comment" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
