import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const ContentListPage = lazy(async () => ({
  default: (await import('./pages/content-list-page.tsx')).ContentListPage,
}));
const ContentEditorPage = lazy(async () => ({
  default: (await import('./pages/content-editor-page.tsx')).ContentEditorPage,
}));
const RegistrationsPage = lazy(async () => ({
  default: (await import('./pages/registrations-page.tsx')).RegistrationsPage,
}));

/**
 * The portal screens under /admin/cong-thong-tin: the list (one tab per kind), the editor of an item
 * (…/<kind>/moi or …/<kind>/<id>) and an event's registrations (…/su-kien/<id>/dang-ky).
 */
export function PortalAdmin() {
  return (
    <Routes>
      <Route index element={<ContentListPage />} />
      <Route path="su-kien/:id/dang-ky" element={<RegistrationsPage />} />
      <Route path=":segment/:id" element={<ContentEditorPage />} />
    </Routes>
  );
}
