import { Alert, Button, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { CouncilRole, type RoundDto } from '../../../../../shared/schemas/products.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import {
  useAddMember,
  useCandidates,
  useDeclareConflict,
  useEntries,
  useProductRules,
  useRemoveMember,
} from '../api.ts';
import { councilRoleLabels, fill, tx } from '../text.ts';

type Member = RoundDto['council'][number];

function AddMember({ round }: { round: RoundDto }) {
  const label = useLabel();
  const feedback = useFeedback();
  const [form] = Form.useForm<{ userId: string; role: CouncilRole }>();
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setDebounced(q.trim()), 300);
    return () => clearTimeout(t);
  }, [q]);
  const candidates = useCandidates(round.id, debounced, true);
  const add = useAddMember();
  const seated = new Set(round.council.map((m) => m.userId));
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ role: 'member' }}
      onFinish={async (v) => {
        try {
          await add.mutateAsync({ id: round.id, input: v });
          form.resetFields(['userId']);
        } catch (e) {
          feedback.error(e, form);
        }
      }}
      style={{ marginBottom: 12, rowGap: 8 }}
    >
      <Form.Item name="userId" rules={[{ required: true }]}>
        <Select
          showSearch
          filterOption={false}
          onSearch={setQ}
          placeholder={label(tx.member)}
          loading={candidates.isFetching}
          style={{ width: 360 }}
          options={(candidates.data ?? [])
            .filter((c) => !seated.has(c.id))
            .map((c) => ({ value: c.id, label: `${c.fullName} – ${c.organisationName} (${c.email})` }))}
        />
      </Form.Item>
      <Form.Item name="role">
        <Select
          style={{ width: 150 }}
          options={CouncilRole.options.map((r) => ({ value: r, label: label(councilRoleLabels[r]) }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="add-member">
        {label(tx.addMember)}
      </Button>
    </Form>
  );
}

function DeclareConflict({ round, members }: { round: RoundDto; members: Member[] }) {
  const label = useLabel();
  const feedback = useFeedback();
  const entries = useEntries(round.id);
  const declare = useDeclareConflict();
  const [form] = Form.useForm<{ memberId: string; establishmentId: string; reason: string }>();
  const establishments = useMemo(() => {
    const map = new Map((entries.data ?? []).map((e) => [e.establishmentId, e.establishmentName]));
    return [...map].map(([value, name]) => ({ value, label: name }));
  }, [entries.data]);
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ memberId: round.myMemberId ?? undefined }}
      onFinish={async (v) => {
        try {
          await declare.mutateAsync({ id: round.id, input: v });
          form.resetFields(['establishmentId', 'reason']);
        } catch (e) {
          feedback.error(e, form);
        }
      }}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="memberId" rules={[{ required: true }]}>
        <Select
          placeholder={label(tx.member)}
          style={{ width: 220 }}
          options={members.map((m) => ({ value: m.id, label: m.fullName }))}
        />
      </Form.Item>
      <Form.Item name="establishmentId" rules={[{ required: true }]}>
        <Select placeholder={label(tx.conflictWith)} style={{ width: 300 }} options={establishments} />
      </Form.Item>
      <Form.Item name="reason" rules={[{ required: true }]}>
        <Input placeholder={label(tx.reason)} style={{ width: 260 }} />
      </Form.Item>
      <Button htmlType="submit" loading={declare.isPending} data-testid="declare-conflict">
        {label(tx.declareConflict)}
      </Button>
    </Form>
  );
}

/** The council: members and roles, each member's conflict declarations; the organiser seats members. */
export function CouncilPanel({ round }: { round: RoundDto }) {
  const label = useLabel();
  const feedback = useFeedback();
  const rules = useProductRules();
  const remove = useRemoveMember();
  const size = rules.data?.levels.find((l) => l.level === round.level)?.councilSize;
  const canDeclare = round.abilities.declareConflict;
  const declarers =
    round.abilities.manageCouncil || round.abilities.resolveComplaints
      ? round.council
      : round.council.filter((m) => m.id === round.myMemberId);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {size ? (
        <Alert
          type="info"
          showIcon
          message={fill(label(tx.councilSize), { allowed: `${size.min}/${size.max}` })}
        />
      ) : null}
      {round.abilities.manageCouncil ? <AddMember round={round} /> : null}
      <Table<Member>
        rowKey="id"
        pagination={false}
        locale={{ emptyText: '—' }}
        dataSource={round.council}
        columns={[
          {
            key: 'name',
            title: label(tx.member),
            render: (_, m) => `${m.fullName}${m.organisationName ? ` – ${m.organisationName}` : ''}`,
          },
          {
            key: 'role',
            title: label(tx.role),
            width: 140,
            render: (_, m) => label(councilRoleLabels[m.role]),
          },
          {
            key: 'conflicts',
            title: label(tx.conflicts),
            render: (_, m) =>
              m.conflicts.map((c) => (
                <Tag key={c.id} color="red" title={c.reason}>
                  {c.establishmentName}
                </Tag>
              )),
          },
          ...(round.abilities.manageCouncil
            ? [
                {
                  key: 'remove',
                  width: 90,
                  render: (_: unknown, m: Member) => (
                    <Popconfirm
                      title={label(tx.remove)}
                      onConfirm={() =>
                        remove
                          .mutateAsync({ id: round.id, memberId: m.id })
                          .catch((e: unknown) => feedback.error(e))
                      }
                    >
                      <Button size="small" danger>
                        {label(tx.remove)}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canDeclare && declarers.length ? <DeclareConflict round={round} members={declarers} /> : null}
    </Space>
  );
}
