import { Form, Input, Modal, Select } from 'antd';
import { useNavigate } from 'react-router';
import type { PlanDetail } from '../../../../../shared/schemas/plans.ts';
import { useApi } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { tx } from '../text.ts';
import { MoneyInput } from './money-input.tsx';

type Values = { level: 'national' | 'local'; provinceCode?: string; title: string; envelope: string };

/** A new plan for the year: level (and province), title and envelope; the rest is set on the plan's page. */
export function NewPlanModal({ year, onClose }: { year: number; onClose: () => void }) {
  const label = useLabel();
  const api = useApi();
  const navigate = useNavigate();
  const fb = useFeedback();
  const [form] = Form.useForm<Values>();
  const level = Form.useWatch('level', form);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const p = await api.post<PlanDetail>('/api/plans', {
        planYear: year,
        level: v.level,
        provinceCode: v.level === 'local' ? v.provinceCode : null,
        title: v.title,
        envelope: v.envelope,
      });
      onClose();
      navigate(`ke-hoach/${p.id}`);
    } catch (e) {
      fb.error(e, form);
    }
  };
  return (
    <Modal open title={`${label(tx.newPlan)} ${year}`} onOk={() => void submit()} onCancel={onClose}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ level: 'national', envelope: '0', title: `Kế hoạch khuyến công năm ${year}` }}
      >
        <Form.Item name="level" label={label(tx.level)}>
          <Select
            options={[
              { value: 'national', label: label(tx.national) },
              { value: 'local', label: label(tx.local) },
            ]}
          />
        </Form.Item>
        {level === 'local' ? (
          <Form.Item name="provinceCode" label={label(tx.province)} rules={[{ required: true }]}>
            <ProvinceSelect />
          </Form.Item>
        ) : null}
        <Form.Item name="title" label={label(tx.plans)} rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="envelope" label={label(tx.envelope)}>
          <MoneyInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
