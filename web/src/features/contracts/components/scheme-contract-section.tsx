import { Button, Card, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useLabel } from '../../../lib/i18n.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useContractOfScheme, useCreateContract } from '../api.ts';
import { tx } from '../text.ts';
import { ChangesPanel } from './changes-panel.tsx';
import { ContractTabs } from './contract-tabs.tsx';
import { ContractStateTag, PhaseTag } from './tags.tsx';

const afterAssignment = ['assigned', 'contracted', 'implementing', 'accepted', 'settled', 'stopped'];

/** The scheme page's hook: its contract with money, progress, changes and closing, once it is assigned. */
export function SchemeContractSection({
  scheme,
}: {
  scheme: { id: string; state: string; version: number };
}) {
  const label = useLabel();
  const feedback = useFeedback();
  const q = useContractOfScheme(scheme.id);
  const create = useCreateContract();
  if (!afterAssignment.includes(scheme.state) || !q.data) return null;
  const c = q.data.contract;
  const draft = async () => {
    try {
      await create.mutateAsync({ schemeId: scheme.id });
    } catch (e) {
      feedback.error(e);
    }
  };
  return (
    <Card title={label(tx.moneyTab)} style={{ marginBottom: 16 }} data-testid="scheme-contract">
      {c ? (
        <>
          <Space>
            <Link to={`/admin/hop-dong/${c.id}`}>{`${label(tx.openContract)} ${c.number}`}</Link>
            <ContractStateTag state={c.state} />
            <PhaseTag phase={c.phase} />
          </Space>
          <ContractTabs contract={c} />
        </>
      ) : (
        <Space direction="vertical">
          <Typography.Text type="secondary">{label(tx.noContract)}</Typography.Text>
          <Button onClick={() => void draft()} loading={create.isPending} data-testid="create-contract">
            {label(tx.createContract)}
          </Button>
          <ChangesPanel
            schemeId={scheme.id}
            schemeVersion={scheme.version}
            canRaise={scheme.state === 'assigned'}
          />
        </Space>
      )}
    </Card>
  );
}
