import { Button, Checkbox, Form, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  type PeriodKind,
  periodCount,
  periodKindLabels,
  periodKinds,
} from '../../../../../shared/schemas/reports.ts';
import { useMe, useSession } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useCreateReport } from '../reports-api.ts';
import { rt } from '../reports-text.ts';

type Values = {
  periodKind: PeriodKind;
  periodYear: number;
  periodIndex: number;
  provinceCode?: string;
  byOldProvinces?: boolean;
};

const roman = ['I', 'II', 'III', 'IV'];
export function indexOptions(kind: PeriodKind) {
  return Array.from({ length: periodCount[kind] }, (_, i) => ({
    value: i + 1,
    label:
      kind === 'month'
        ? `Tháng ${i + 1}`
        : kind === 'quarter'
          ? `Quý ${roman[i]}`
          : kind === 'half'
            ? i === 0
              ? '6 tháng đầu năm'
              : '6 tháng cuối năm'
            : 'Cả năm',
  }));
}

/** Picks a period and a scope; a department's scope is its own province, the agency's any or the nation. */
export function ReportCreate() {
  const label = useLabel();
  const me = useMe();
  const { can } = useSession();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const create = useCreateReport();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('periodKind', form) ?? 'half';
  const national = can('reports.consolidate');
  const now = new Date(Date.now() + 7 * 3600e3);
  if (!can('reports.prepare')) return null;
  const ok = async () => {
    const v = await form.validateFields();
    try {
      const r = await create.mutateAsync({
        kind: 'periodic',
        periodKind: v.periodKind,
        periodYear: v.periodYear,
        periodIndex: v.periodKind === 'year' ? 1 : v.periodIndex,
        provinceCode: national ? v.provinceCode : (me.user.provinceCode ?? undefined),
        byOldProvinces: Boolean(v.byOldProvinces),
      });
      setOpen(false);
      navigate(`/admin/bao-cao/${r.id}`);
    } catch (e) {
      feedback.error(e, form);
    }
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="report-create">
        {label(rt.create)}
      </Button>
      <Modal
        open={open}
        title={label(rt.create)}
        onCancel={() => setOpen(false)}
        onOk={() => void ok()}
        confirmLoading={create.isPending}
        okText={label(rt.create)}
        okButtonProps={{ id: 'report-create-ok' }}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            periodKind: 'half',
            periodYear: now.getUTCFullYear(),
            periodIndex: now.getUTCMonth() < 6 ? 1 : 2,
          }}
        >
          <Form.Item name="periodKind" label={label(rt.periodKind)} rules={[{ required: true }]}>
            <Select
              data-testid="report-period-kind"
              options={periodKinds.map((k) => ({ value: k, label: label(periodKindLabels[k]) }))}
              onChange={() => form.setFieldValue('periodIndex', 1)}
            />
          </Form.Item>
          <Form.Item name="periodYear" label={label(rt.year)} rules={[{ required: true }]}>
            <InputNumber min={2010} max={2100} data-testid="report-year" />
          </Form.Item>
          {kind !== 'year' ? (
            <Form.Item name="periodIndex" label={label(rt.index)} rules={[{ required: true }]}>
              <Select data-testid="report-index" options={indexOptions(kind)} />
            </Form.Item>
          ) : null}
          {national ? (
            <Form.Item name="provinceCode" label={label(rt.scope)} extra={label(rt.nation)}>
              <ProvinceSelect placeholder={label(rt.nation)} />
            </Form.Item>
          ) : null}
          <Form.Item name="byOldProvinces" valuePropName="checked">
            <Checkbox>{label(rt.byOld)}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
