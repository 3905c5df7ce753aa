import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { HomePage } from '../features/portal/pages/home-page.tsx';
import { useI18n } from '../lib/i18n.tsx';

function PublicNotFound() {
  const { t } = useI18n();
  return (
    <main style={{ maxWidth: 640, margin: '15vh auto', padding: 20, textAlign: 'center' }}>
      <h1>404</h1>
      <p>{t('error.notFoundPage')}</p>
      <a href="/">{t('auth.backHome')}</a>
    </main>
  );
}

const OfficialsShell = lazy(async () => ({
  default: (await import('./officials-shell.tsx')).OfficialsShell,
}));
const LoginPage = lazy(async () => ({
  default: (await import('../features/auth/pages/login-page.tsx')).LoginPage,
}));
const AdminApp = lazy(async () => ({ default: (await import('./admin-app.tsx')).AdminApp }));

/**
 * Routes of the single-page app. In production the server renders the public portal at "/" itself and
 * hands this app /dang-nhap and /admin/*; the SPA home page below answers "/" under the Vite dev server and
 * is the landing page when no portal is mounted. The log-in page and the officials' app (Ant Design,
 * TanStack Query, the admin pages) load on demand, so the public page downloads none of them.
 */
export function AppRoutes() {
  return (
    <Suspense fallback={<div className="boot-spinner" role="status" aria-label="…" />}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route element={<OfficialsShell />}>
          <Route path="dang-nhap" element={<LoginPage />} />
          <Route path="admin/*" element={<AdminApp />} />
        </Route>
        <Route path="*" element={<PublicNotFound />} />
      </Routes>
    </Suspense>
  );
}
