import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const RoundsPage = lazy(async () => ({ default: (await import('./pages/rounds-page.tsx')).RoundsPage }));
const RoundFormPage = lazy(async () => ({
  default: (await import('./pages/round-form-page.tsx')).RoundFormPage,
}));
const RoundPage = lazy(async () => ({ default: (await import('./pages/round-page.tsx')).RoundPage }));
const RegisterPage = lazy(async () => ({
  default: (await import('./pages/register-page.tsx')).RegisterPage,
}));

/**
 * The typical-product screens under /admin/san-pham: the rounds (index), a new round (moi), a round with
 * its council, entries, score sheets, results, certificates and complaints (:id), its edit form (:id/sua)
 * and the registration form (:id/dang-ky).
 */
export function ProductsAdmin() {
  return (
    <Routes>
      <Route index element={<RoundsPage />} />
      <Route path="moi" element={<RoundFormPage />} />
      <Route path=":id" element={<RoundPage />} />
      <Route path=":id/sua" element={<RoundFormPage />} />
      <Route path=":id/dang-ky" element={<RegisterPage />} />
    </Routes>
  );
}
