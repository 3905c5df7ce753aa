import { Card, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import {
  type SchemeState,
  schemeLevelLabels,
  schemeStateLabels,
} from '../../../../../shared/schemas/schemes.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useContract } from '../api.ts';
import { ContractTabs } from '../components/contract-tabs.tsx';
import { ContractStateTag, PhaseTag } from '../components/tags.tsx';
import { tx } from '../text.ts';

/** One contract: terms, money, progress, changes, acceptance and settlement. */
export function ContractDetailPage() {
  const { id = '' } = useParams();
  const label = useLabel();
  const q = useContract(id);
  if (q.error) return <QueryError error={q.error} retry={() => void q.refetch()} />;
  const c = q.data;
  if (!c) return null;
  return (
    <>
      <PageHeader
        title={`${c.number} · ${c.schemeCode}`}
        subtitle={
          <Space wrap>
            <ContractStateTag state={c.state} />
            <PhaseTag phase={c.phase} />
            <Tag>{label(schemeLevelLabels[c.level])}</Tag>
            <Tag data-testid="scheme-state">{label(schemeStateLabels[c.schemeState as SchemeState])}</Tag>
            <Link to={`/admin/de-an/${c.schemeId}`}>{c.schemeTitle}</Link>
          </Space>
        }
      />
      <Card>
        <ContractTabs contract={c} />
      </Card>
      <Link to="/admin/hop-dong">← {label(tx.register)}</Link>
    </>
  );
}
