import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const SchemesListPage = lazy(async () => ({
  default: (await import('./pages/schemes-list-page.tsx')).SchemesListPage,
}));
const SchemeFormPage = lazy(async () => ({
  default: (await import('./pages/scheme-form-page.tsx')).SchemeFormPage,
}));
const SchemeDetailPage = lazy(async () => ({
  default: (await import('./pages/scheme-detail-page.tsx')).SchemeDetailPage,
}));

/** The schemes screens under /admin/de-an: the list, a new draft (moi), a scheme (:id) and its edit form (:id/sua). */
export function SchemesAdmin() {
  return (
    <Routes>
      <Route index element={<SchemesListPage />} />
      <Route path="moi" element={<SchemeFormPage />} />
      <Route path=":id" element={<SchemeDetailPage />} />
      <Route path=":id/sua" element={<SchemeFormPage />} />
    </Routes>
  );
}
