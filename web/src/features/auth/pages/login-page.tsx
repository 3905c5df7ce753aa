import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { LoginInput, MeDto } from '../../../../../shared/schemas/identity.ts';
import { useSession } from '../../../app/session.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { LanguageSwitch } from '../../../ui/language-switch.tsx';
import { useErrorText } from '../../../ui/use-feedback.ts';
import './login.css';

/**
 * Where to go after log-in: a path of the officials' app, or a public event page (an establishment signs in
 * to register for an event and comes back to it). Nothing else is followed: no open redirect.
 */
export function safeNext(next: string | null): string {
  if (next && /^\/admin(\/|\?|$)/.test(next) && !next.startsWith('//')) return next;
  if (next && /^\/su-kien\/[a-z0-9-]+(\?[^\\]*)?(#[a-z0-9-]*)?$/.test(next)) return next;
  return '/admin';
}

/** The public pages are server-rendered: leaving the app for them is a full load. */
const isAppPath = (p: string) => p.startsWith('/admin');

export function LoginPage() {
  const { t } = useI18n();
  const { api, me, signedIn } = useSession();
  const [sp] = useSearchParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const next = safeNext(sp.get('next'));
  const login = useMutation({
    mutationFn: (input: LoginInput) => api.post<MeDto>('/api/auth/login', input, { skipAuthRedirect: true }),
    onSuccess: (res) => {
      signedIn(res);
      if (isAppPath(next)) navigate(next, { replace: true });
      else window.location.replace(next);
    },
  });

  if (me && !login.isPending && !login.isSuccess) {
    if (!isAppPath(next)) {
      window.location.replace(next);
      return null;
    }
    return <Navigate to={next} replace />;
  }

  return (
    <main className="login-page">
      <Flex justify="space-between" align="center" className="login-top">
        {/* A full load: "/" is the server-rendered public portal. */}
        <a href="/" className="login-home">
          ← {t('auth.backHome')}
        </a>
        <LanguageSwitch size="small" />
      </Flex>
      <Card className="login-card">
        <div className="login-mark" aria-hidden>
          KC
        </div>
        <Typography.Title level={2} className="login-title">
          {t('auth.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="login-subtitle">
          {t('auth.subtitle')}
        </Typography.Paragraph>
        {login.error ? (
          <Alert
            type="error"
            showIcon
            message={errorText(login.error)}
            role="alert"
            className="login-error"
          />
        ) : null}
        <Form<LoginInput>
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => login.mutate({ email: v.email.trim(), password: v.password })}
          disabled={login.isPending}
        >
          <Form.Item
            name="email"
            label={t('auth.email')}
            rules={[{ required: true, message: t('auth.emailRequired') }]}
          >
            <Input prefix={<MailOutlined />} type="email" autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            {t('auth.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" className="login-help">
          {t('auth.help')}
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
