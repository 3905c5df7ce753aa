import { Button, Card, Col, Descriptions, Form, Input, Row } from 'antd';
import { formatDateTime } from '../../../../../shared/format.ts';
import { ChangePasswordInput, roleLabels } from '../../../../../shared/schemas/identity.ts';
import { useMe } from '../../../app/session.tsx';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useZodRules } from '../../../lib/zod-rules.ts';
import { PageHeader } from '../../../ui/page-header.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { UserStatusTag } from '../../users/components/user-status-tag.tsx';
import { useChangePassword } from '../api.ts';

type PasswordValues = { currentPassword: string; newPassword: string; confirm: string };

/** The signed-in user's own record and the change-password form. */
export function ProfilePage() {
  const { t } = useI18n();
  const label = useLabel();
  const rules = useZodRules();
  const feedback = useFeedback();
  const { user } = useMe();
  const change = useChangePassword();
  const [form] = Form.useForm<PasswordValues>();

  const submit = (v: PasswordValues) =>
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          feedback.success(t('profile.passwordChanged'));
        },
        onError: (e) => feedback.error(e, form),
      },
    );

  return (
    <>
      <PageHeader title={t('nav.profile')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('profile.info')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('users.field.fullName')}>{user.fullName}</Descriptions.Item>
              <Descriptions.Item label={t('users.field.email')}>{user.email}</Descriptions.Item>
              <Descriptions.Item label={t('users.field.title')}>{user.title ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('users.field.phone')}>{user.phone ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('users.field.role')}>
                {label(roleLabels[user.role])}
              </Descriptions.Item>
              <Descriptions.Item label={t('users.field.organisation')}>
                {user.organisationName}
              </Descriptions.Item>
              <Descriptions.Item label={t('users.col.province')}>
                {user.provinceName ?? t('users.national')}
              </Descriptions.Item>
              <Descriptions.Item label={t('users.col.status')}>
                <UserStatusTag user={user} />
              </Descriptions.Item>
              <Descriptions.Item label={t('users.col.lastLogin')}>
                {formatDateTime(user.lastLoginAt) || '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('profile.changePassword')}>
            <Form<PasswordValues> form={form} layout="vertical" onFinish={submit}>
              <Form.Item
                name="currentPassword"
                label={t('profile.currentPassword')}
                rules={rules(ChangePasswordInput.shape.currentPassword.min(1))}
              >
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Form.Item
                name="newPassword"
                label={t('profile.newPassword')}
                rules={rules(ChangePasswordInput.shape.newPassword)}
                extra={t('password.rule')}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item
                name="confirm"
                label={t('profile.confirmPassword')}
                dependencies={['newPassword']}
                rules={[
                  { required: true, message: t('profile.confirmRequired') },
                  ({ getFieldValue }) => ({
                    validator: async (_, value: string | undefined) => {
                      if (value && value !== getFieldValue('newPassword'))
                        throw new Error(t('profile.confirmMismatch'));
                    },
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={change.isPending}>
                {t('profile.changePassword')}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </>
  );
}
