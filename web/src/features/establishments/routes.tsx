import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const EstablishmentsListPage = lazy(async () => ({
  default: (await import('./pages/establishments-list-page.tsx')).EstablishmentsListPage,
}));
const EstablishmentDetailPage = lazy(async () => ({
  default: (await import('./pages/establishment-detail-page.tsx')).EstablishmentDetailPage,
}));
const EstablishmentFormPage = lazy(async () => ({
  default: (await import('./pages/establishment-form-page.tsx')).EstablishmentFormPage,
}));
const ImportPage = lazy(async () => ({ default: (await import('./pages/import-page.tsx')).ImportPage }));

/** The establishments screens under /admin/co-so: list, new (moi), import (nhap), one (:id), edit (:id/sua). */
export function EstablishmentsAdmin() {
  return (
    <Routes>
      <Route index element={<EstablishmentsListPage />} />
      <Route path="moi" element={<EstablishmentFormPage />} />
      <Route path="nhap" element={<ImportPage />} />
      <Route path=":id" element={<EstablishmentDetailPage />} />
      <Route path=":id/sua" element={<EstablishmentFormPage />} />
    </Routes>
  );
}
