import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useLabel } from '../../../lib/i18n.tsx';
import { tx } from '../text.ts';

const tabs = [
  { path: '/admin/hop-dong', label: tx.register },
  { path: '/admin/hop-dong/canh-bao', label: tx.atRisk },
  { path: '/admin/hop-dong/yeu-cau', label: tx.inbox },
];

/** Register, at-risk list and change-request inbox: the three lists of the contracts screen. */
export function ContractsNav() {
  const label = useLabel();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = tabs.find((t) => t.path === pathname.replace(/\/$/, ''))?.path ?? tabs[0]!.path;
  return (
    <Segmented
      style={{ marginBottom: 16 }}
      value={current}
      onChange={(v) => navigate(String(v))}
      options={tabs.map((t) => ({
        value: t.path,
        label: <span data-testid={`nav-${t.path.split('/').pop()}`}>{label(t.label)}</span>,
      }))}
    />
  );
}
