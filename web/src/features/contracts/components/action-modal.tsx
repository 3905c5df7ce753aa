import { Button, Form, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { tx } from '../text.ts';

/** A button opening a form in a modal; `submit` gets the validated values, errors land on the fields. */
export function ActionModal<T extends object>({
  title,
  testId,
  children,
  submit,
  initial,
  danger,
  primary = true,
}: {
  title: string;
  testId: string;
  children: ReactNode;
  submit: (values: T) => Promise<unknown>;
  initial?: Partial<T>;
  danger?: boolean;
  primary?: boolean;
}) {
  const label = useLabel();
  const feedback = useFeedback();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<T>();
  const ok = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      await submit(values);
      feedback.success(label(tx.done));
      setOpen(false);
      form.resetFields();
    } catch (e) {
      feedback.error(e, form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        type={primary ? 'primary' : 'default'}
        danger={danger}
        onClick={() => setOpen(true)}
        data-testid={testId}
      >
        {title}
      </Button>
      <Modal
        open={open}
        title={title}
        onCancel={() => setOpen(false)}
        onOk={() => void ok()}
        confirmLoading={busy}
        okText={label(tx.save)}
        okButtonProps={{ id: `${testId}-ok` }}
        width={640}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={initial}>
          {children}
        </Form>
      </Modal>
    </>
  );
}

export const today = () => new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
export const required = [{ required: true, whitespace: true }];
