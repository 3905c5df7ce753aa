import { Button, Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useI18n } from '../lib/i18n.tsx';
import { useErrorText } from '../ui/use-feedback.ts';
import { useSession } from './session.tsx';

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/** Renders its children for a signed-in user; otherwise sends them to /dang-nhap?next=<where they were>. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { me, meError } = useSession();
  const location = useLocation();
  const errorText = useErrorText();
  if (me === null) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/dang-nhap?next=${next}`} replace />;
  }
  if (me === undefined && meError) {
    return (
      <Result
        status="error"
        title={t('error.loadFailed')}
        subTitle={errorText(meError)}
        extra={<Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (me === undefined) return <FullPageSpin />;
  return <>{children}</>;
}
