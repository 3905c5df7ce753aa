import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { rt } from '../reports-text.ts';

const tabs = [
  { path: '/admin/bao-cao', label: rt.reports, permission: 'reports.read' },
  { path: '/admin/bao-cao/tong-hop', label: rt.consolidation, permission: 'reports.consolidate' },
  { path: '/admin/bao-cao/bang-dieu-khien', label: rt.dashboard, permission: 'dashboard.read' },
  { path: '/admin/bao-cao/chi-so', label: rt.indicators, permission: 'indicators.read' },
];

/** Periodic reports, the agency's consolidation, the dashboard and the indicators: the reports screens. */
export function ReportsNav() {
  const label = useLabel();
  const navigate = useNavigate();
  const { can } = useSession();
  const { pathname } = useLocation();
  const shown = tabs.filter((t) => can(t.permission));
  const current = shown.find((t) => t.path === pathname.replace(/\/$/, ''))?.path ?? shown[0]?.path;
  return (
    <Segmented
      style={{ marginBottom: 16 }}
      value={current}
      onChange={(v) => navigate(String(v))}
      options={shown.map((t) => ({
        value: t.path,
        label: <span data-testid={`nav-${t.path.split('/').pop()}`}>{label(t.label)}</span>,
      }))}
    />
  );
}
