import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const ReportsListPage = lazy(async () => ({
  default: (await import('./pages/reports-list-page.tsx')).ReportsListPage,
}));
const ReportDetailPage = lazy(async () => ({
  default: (await import('./pages/report-detail-page.tsx')).ReportDetailPage,
}));
const ConsolidationPage = lazy(async () => ({
  default: (await import('./pages/consolidation-page.tsx')).ConsolidationPage,
}));
const LeadersDashboardPage = lazy(async () => ({
  default: (await import('./pages/leaders-dashboard-page.tsx')).LeadersDashboardPage,
}));
const IndicatorsPage = lazy(async () => ({
  default: (await import('./pages/indicators-page.tsx')).IndicatorsPage,
}));

/**
 * Under /admin/bao-cao: statutory reports (index, :id), the agency's consolidation (tong-hop), the leaders'
 * dashboard (bang-dieu-khien) and the indicators (chi-so).
 */
export function ReportsAdmin() {
  return (
    <Routes>
      <Route index element={<ReportsListPage />} />
      <Route path="tong-hop" element={<ConsolidationPage />} />
      <Route path="bang-dieu-khien" element={<LeadersDashboardPage />} />
      <Route path="chi-so" element={<IndicatorsPage />} />
      <Route path=":id" element={<ReportDetailPage />} />
    </Routes>
  );
}
