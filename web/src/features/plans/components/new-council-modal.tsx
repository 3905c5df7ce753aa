import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ListResponse } from '../../../../../shared/schemas/common.ts';
import type { Council } from '../../../../../shared/schemas/councils.ts';
import type { UserDto } from '../../../../../shared/schemas/identity.ts';
import type { SchemeListItemDto } from '../../../../../shared/schemas/schemes.ts';
import { useApi, useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { tx } from '../text.ts';

type Values = { name: string; decisionNumber?: string; chair: string; secretary: string; members: string[] };

/** Users found by name or e-mail (in the actor's scope), for the member pickers. */
function UserSelect(props: {
  value?: string | string[];
  onChange?: (v: string | string[]) => void;
  multiple?: boolean;
  testId: string;
}) {
  const api = useApi();
  const [q, setQ] = useState('');
  const users = useQuery({
    queryKey: ['users', 'pick', q],
    queryFn: ({ signal }) =>
      api.get<ListResponse<UserDto>>('/api/users', { q, pageSize: 20, status: 'active' }, { signal }),
  });
  return (
    <Select
      showSearch
      filterOption={false}
      onSearch={setQ}
      mode={props.multiple ? 'multiple' : undefined}
      value={props.value}
      onChange={props.onChange}
      data-testid={props.testId}
      options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.email})` }))}
    />
  );
}

/**
 * A council for this year at the actor's level (the agency: ministry level; a department: its province), with
 * every scheme waiting for appraisal at that level; members are then assigned in bulk on the council page.
 */
export function NewCouncilModal({ year, onClose }: { year: number; onClose: () => void }) {
  const label = useLabel();
  const api = useApi();
  const me = useMe().user;
  const navigate = useNavigate();
  const fb = useFeedback();
  const [form] = Form.useForm<Values>();
  const agency = me.provinceCode === null;
  const waiting = useQuery({
    queryKey: ['schemes', 'council-candidates', year, agency, me.provinceCode],
    queryFn: ({ signal }) =>
      api.get<ListResponse<SchemeListItemDto>>(
        '/api/schemes',
        agency
          ? { planYear: year, level: 'national', state: 'registered,agency_appraised', pageSize: 200 }
          : {
              planYear: year,
              provinceCode: me.provinceCode,
              state: 'submitted,province_appraised',
              pageSize: 200,
            },
        { signal },
      ),
  });
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const c = await api.post<Council>('/api/councils', {
        planYear: year,
        level: agency ? 'agency' : 'province',
        provinceCode: agency ? null : me.provinceCode,
        name: v.name,
        decisionNumber: v.decisionNumber || null,
        members: [
          { userId: v.chair, role: 'chair' },
          { userId: v.secretary, role: 'secretary' },
          ...(v.members ?? []).map((userId) => ({ userId, role: 'member' })),
        ],
        schemeIds: (waiting.data?.items ?? []).map((s) => s.id),
      });
      await api.post(`/api/councils/${c.id}/assignments`, {});
      onClose();
      navigate(`hoi-dong/${c.id}`);
    } catch (e) {
      fb.error(e, form);
    }
  };
  return (
    <Modal
      open
      title={`${label(tx.newCouncil)} ${year}`}
      onOk={() => void submit()}
      onCancel={onClose}
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: `Hội đồng thẩm định đề án khuyến công năm ${year}` }}
      >
        <Form.Item name="name" label={label(tx.councilName)} rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="decisionNumber" label={label(tx.decisionNumber)}>
          <Input />
        </Form.Item>
        <Form.Item name="chair" label={label(tx.chair)} rules={[{ required: true }]}>
          <UserSelect testId="council-chair" />
        </Form.Item>
        <Form.Item name="secretary" label={label(tx.secretary)} rules={[{ required: true }]}>
          <UserSelect testId="council-secretary" />
        </Form.Item>
        <Form.Item name="members" label={label(tx.councilMembers)}>
          <UserSelect multiple testId="council-members" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">
        {label(tx.waitingSchemes).replace('{n}', String(waiting.data?.items.length ?? 0))}
      </Typography.Text>
    </Modal>
  );
}
