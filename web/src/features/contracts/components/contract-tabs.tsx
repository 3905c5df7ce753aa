import { Tabs } from 'antd';
import type { ContractDto } from '../../../../../shared/schemas/contracts.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { tx } from '../text.ts';
import { ChangesPanel } from './changes-panel.tsx';
import { ClosingPanel } from './closing-panel.tsx';
import { ContractCard } from './contract-card.tsx';
import { MoneyPanel } from './money-panel.tsx';
import { ProgressPanel } from './progress-panel.tsx';

/** Everything after assignment for one contract, in tabs (used by the contract page and the scheme page). */
export function ContractTabs({ contract: c }: { contract: ContractDto }) {
  const label = useLabel();
  const canRaise =
    Boolean(c.abilities['change.raise']) &&
    ['assigned', 'contracted', 'implementing'].includes(c.schemeState);
  return (
    <Tabs
      items={[
        { key: 'contract', label: label(tx.tabContract), children: <ContractCard contract={c} /> },
        {
          key: 'money',
          label: <span data-testid="tab-money">{label(tx.tabMoney)}</span>,
          children: <MoneyPanel contractId={c.id} />,
        },
        {
          key: 'progress',
          label: <span data-testid="tab-progress">{label(tx.tabProgress)}</span>,
          children: <ProgressPanel contract={c} />,
        },
        {
          key: 'changes',
          label: <span data-testid="tab-changes">{label(tx.tabChanges)}</span>,
          children: (
            <ChangesPanel
              schemeId={c.schemeId}
              schemeVersion={c.schemeVersion}
              canRaise={canRaise}
              contractId={c.id}
            />
          ),
        },
        {
          key: 'closing',
          label: <span data-testid="tab-closing">{label(tx.tabClosing)}</span>,
          children: <ClosingPanel contract={c} />,
        },
      ]}
    />
  );
}
