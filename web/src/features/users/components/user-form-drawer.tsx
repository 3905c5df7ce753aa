import { Alert, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import {
  type OrgKind,
  roleLabels,
  roles,
  rolesForOrgKind,
  UserCreateInput,
  type UserDto,
  type UserUpdateInput,
} from '../../../../../shared/schemas/identity.ts';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useZodRules } from '../../../lib/zod-rules.ts';
import { isVersionConflict, useFeedback } from '../../../ui/use-feedback.ts';
import { OrganisationSelect } from '../../organisations/components/organisation-select.tsx';
import { useCreateUser, useUpdateUser } from '../api.ts';

type Values = {
  email: string;
  fullName: string;
  title?: string;
  phone?: string;
  organisationId?: string;
  role?: UserDto['role'];
  password: string;
};

const shape = UserCreateInput.shape;
const orNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** Creates a user, or edits one (name, title, phone; role and organisation when `abilities.changeRole`). */
export function UserFormDrawer({ user, onClose }: { user?: UserDto; onClose: () => void }) {
  const { t } = useI18n();
  const label = useLabel();
  const rules = useZodRules();
  const feedback = useFeedback();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [form] = Form.useForm<Values>();
  const [orgKind, setOrgKind] = useState<OrgKind | undefined>(user?.organisationKind);
  const editing = Boolean(user);
  const canChangeRole = !user || user.abilities.changeRole === true;
  // The roles an organisation of this kind can hold: a shape rule of the data, not a permission.
  const roleOptions = (orgKind ? rolesForOrgKind[orgKind] : roles).map((r) => ({
    value: r,
    label: label(roleLabels[r]),
  }));

  const submit = (v: Values) => {
    const done = () => {
      feedback.success(
        editing ? t('common.saved') : t('users.created', { email: v.email.trim().toLowerCase() }),
      );
      onClose();
    };
    const onError = (e: unknown) => {
      feedback.error(e, form);
      if (isVersionConflict(e)) onClose();
    };
    if (!user) {
      const input: UserCreateInput = {
        email: v.email,
        fullName: v.fullName,
        title: orNull(v.title),
        phone: orNull(v.phone),
        role: v.role as UserDto['role'],
        organisationId: v.organisationId as string,
        password: v.password,
      };
      create.mutate(input, { onSuccess: done, onError });
      return;
    }
    const input: UserUpdateInput = { version: user.version };
    if (v.fullName !== user.fullName) input.fullName = v.fullName;
    if (orNull(v.title) !== user.title) input.title = orNull(v.title);
    if (orNull(v.phone) !== user.phone) input.phone = orNull(v.phone);
    if (canChangeRole && v.role && v.role !== user.role) input.role = v.role;
    if (canChangeRole && v.organisationId && v.organisationId !== user.organisationId)
      input.organisationId = v.organisationId;
    update.mutate({ id: user.id, input }, { onSuccess: done, onError });
  };

  return (
    <Drawer
      open
      width={520}
      title={user ? t('users.editTitle', { name: user.fullName }) : t('users.create')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {user ? t('common.save') : t('users.createSubmit')}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          user
            ? {
                email: user.email,
                fullName: user.fullName,
                title: user.title ?? undefined,
                phone: user.phone ?? undefined,
                organisationId: user.organisationId,
                role: user.role,
              }
            : undefined
        }
      >
        <Form.Item
          name="email"
          label={t('users.field.email')}
          rules={editing ? undefined : rules(shape.email)}
        >
          <Input type="email" autoComplete="off" disabled={editing} />
        </Form.Item>
        <Form.Item name="fullName" label={t('users.field.fullName')} rules={rules(shape.fullName)}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="title" label={t('users.field.title')} rules={rules(shape.title)}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('users.field.phone')} rules={rules(shape.phone)}>
          <Input type="tel" />
        </Form.Item>
        <Form.Item
          name="organisationId"
          label={t('users.field.organisation')}
          rules={rules(shape.organisationId)}
        >
          <OrganisationSelect
            disabled={!canChangeRole}
            initial={
              user
                ? {
                    id: user.organisationId,
                    name: user.organisationName,
                    kind: user.organisationKind,
                    provinceName: user.provinceName,
                  }
                : undefined
            }
            onPick={(org) => {
              setOrgKind(org?.kind);
              const role = form.getFieldValue('role') as UserDto['role'] | undefined;
              if (org?.kind && role && !rolesForOrgKind[org.kind].includes(role))
                form.setFieldValue('role', undefined);
            }}
          />
        </Form.Item>
        <Form.Item name="role" label={t('users.field.role')} rules={rules(shape.role)}>
          <Select options={roleOptions} disabled={!canChangeRole} placeholder={t('users.pickRole')} />
        </Form.Item>
        {editing ? null : (
          <Form.Item
            name="password"
            label={t('users.field.password')}
            rules={rules(shape.password)}
            extra={t('password.rule')}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        {editing && !canChangeRole ? <Alert type="info" showIcon message={t('users.roleLocked')} /> : null}
      </Form>
    </Drawer>
  );
}
