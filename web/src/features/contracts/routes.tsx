import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const ContractsRegisterPage = lazy(async () => ({
  default: (await import('./pages/contracts-register-page.tsx')).ContractsRegisterPage,
}));
const ContractDetailPage = lazy(async () => ({
  default: (await import('./pages/contract-detail-page.tsx')).ContractDetailPage,
}));
const AtRiskPage = lazy(async () => ({ default: (await import('./pages/at-risk-page.tsx')).AtRiskPage }));
const ChangeInboxPage = lazy(async () => ({
  default: (await import('./pages/change-inbox-page.tsx')).ChangeInboxPage,
}));

/** Under /admin/hop-dong: the register, the at-risk list (canh-bao), the change inbox (yeu-cau), a contract (:id). */
export function ContractsAdmin() {
  return (
    <Routes>
      <Route index element={<ContractsRegisterPage />} />
      <Route path="canh-bao" element={<AtRiskPage />} />
      <Route path="yeu-cau" element={<ChangeInboxPage />} />
      <Route path=":id" element={<ContractDetailPage />} />
    </Routes>
  );
}
