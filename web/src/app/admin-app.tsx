import { Button, Result } from 'antd';
import { Suspense } from 'react';
import { Link, Route, Routes } from 'react-router';
import { useI18n } from '../lib/i18n.tsx';
import { AdminLayout } from './admin-layout.tsx';
import { type AdminModule, adminModules } from './modules.tsx';
import { FullPageSpin, RequireAuth } from './require-auth.tsx';
import { useSession } from './session.tsx';

function ModuleRoute({ module }: { module: AdminModule }) {
  const { t } = useI18n();
  const { can } = useSession();
  if (module.permission && !can(module.permission)) {
    return <Result status="403" title={t('error.forbiddenTitle')} subTitle={t('error.forbidden')} />;
  }
  if (!module.page) {
    return <Result status="info" title={t(module.label)} subTitle={t('nav.comingSoonLong')} />;
  }
  const Page = module.page;
  return <Page />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('error.notFoundTitle')}
      subTitle={t('error.notFoundPage')}
      extra={
        <Link to="/admin">
          <Button type="primary">{t('nav.dashboard')}</Button>
        </Link>
      }
    />
  );
}

/** The officials' app under /admin: behind log-in, one route per entry of modules.tsx, pages loaded on demand. */
export function AdminApp() {
  return (
    <RequireAuth>
      <AdminLayout>
        <Suspense fallback={<FullPageSpin />}>
          <Routes>
            {adminModules.map((m) =>
              m.path === '' ? (
                <Route key={m.key} index element={<ModuleRoute module={m} />} />
              ) : (
                <Route key={m.key} path={`${m.path}/*`} element={<ModuleRoute module={m} />} />
              ),
            )}
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </AdminLayout>
    </RequireAuth>
  );
}
