import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const OverviewPage = lazy(async () => ({
  default: (await import('./pages/overview-page.tsx')).OverviewPage,
}));
const CouncilPage = lazy(async () => ({ default: (await import('./pages/council-page.tsx')).CouncilPage }));
const PlanPage = lazy(async () => ({ default: (await import('./pages/plan-page.tsx')).PlanPage }));

/** Under /admin/tham-dinh: the year overview, a council (hoi-dong/:id) and a plan (ke-hoach/:id). */
export function PlansAdmin() {
  return (
    <Routes>
      <Route index element={<OverviewPage />} />
      <Route path="hoi-dong/:id" element={<CouncilPage />} />
      <Route path="ke-hoach/:id" element={<PlanPage />} />
    </Routes>
  );
}
