import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const JobsPage = lazy(async () => ({ default: (await import('./pages/jobs-page.tsx')).JobsPage }));

/** The jobs screen under /admin/cong-viec. */
export function JobsAdmin() {
  return (
    <Routes>
      <Route index element={<JobsPage />} />
    </Routes>
  );
}
