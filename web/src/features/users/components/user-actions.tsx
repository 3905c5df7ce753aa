import { EditOutlined, KeyOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Popconfirm, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { Password, type UserDto, type UserUpdateInput } from '../../../../../shared/schemas/identity.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useZodRules } from '../../../lib/zod-rules.ts';
import { isVersionConflict, useFeedback } from '../../../ui/use-feedback.ts';
import { useUpdateUser } from '../api.ts';

/** Row actions of the users list; each button shows only when the record's `abilities` allow it. */
export function UserActions({ user, onEdit }: { user: UserDto; onEdit: () => void }) {
  const { t } = useI18n();
  const feedback = useFeedback();
  const update = useUpdateUser();
  const [resetting, setResetting] = useState(false);
  const a = user.abilities;

  const patch = (input: Omit<UserUpdateInput, 'version'>, done: string) =>
    update.mutate(
      { id: user.id, input: { version: user.version, ...input } },
      { onSuccess: () => feedback.success(done), onError: (e) => feedback.error(e) },
    );

  return (
    <Space size={4}>
      {a.update ? (
        <Tooltip title={t('common.edit')}>
          <Button size="small" icon={<EditOutlined />} onClick={onEdit} aria-label={t('common.edit')} />
        </Tooltip>
      ) : null}
      {a.disable && user.status === 'active' ? (
        <Popconfirm
          title={t('users.disableConfirm', { name: user.fullName })}
          okText={t('users.disable')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => patch({ status: 'disabled' }, t('users.disabled'))}
        >
          <Tooltip title={t('users.disable')}>
            <Button size="small" danger icon={<LockOutlined />} aria-label={t('users.disable')} />
          </Tooltip>
        </Popconfirm>
      ) : null}
      {a.disable && user.status === 'disabled' ? (
        <Button
          size="small"
          icon={<UnlockOutlined />}
          onClick={() => patch({ status: 'active' }, t('users.enabled'))}
        >
          {t('users.enable')}
        </Button>
      ) : null}
      {a.update && user.lockedUntil ? (
        <Button
          size="small"
          icon={<UnlockOutlined />}
          onClick={() => patch({ unlock: true }, t('users.unlocked'))}
        >
          {t('users.unlock')}
        </Button>
      ) : null}
      {a.resetPassword ? (
        <Tooltip title={t('users.resetPassword')}>
          <Button
            size="small"
            icon={<KeyOutlined />}
            aria-label={t('users.resetPassword')}
            onClick={() => setResetting(true)}
          />
        </Tooltip>
      ) : null}
      {resetting ? <ResetPasswordModal user={user} onClose={() => setResetting(false)} /> : null}
    </Space>
  );
}

function ResetPasswordModal({ user, onClose }: { user: UserDto; onClose: () => void }) {
  const { t } = useI18n();
  const rules = useZodRules();
  const feedback = useFeedback();
  const update = useUpdateUser();
  const [form] = Form.useForm<{ newPassword: string }>();

  const submit = async () => {
    const { newPassword } = await form.validateFields();
    update.mutate(
      { id: user.id, input: { version: user.version, newPassword } },
      {
        onSuccess: () => {
          feedback.success(t('users.passwordReset', { name: user.fullName }));
          onClose();
        },
        onError: (e) => {
          feedback.error(e, form);
          if (isVersionConflict(e)) onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('users.resetPasswordTitle', { name: user.fullName })}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={update.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="newPassword"
          label={t('users.field.newPassword')}
          rules={rules(Password)}
          extra={t('password.rule')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
