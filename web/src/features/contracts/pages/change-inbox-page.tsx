import { Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ChangeRequestDto } from '../../../../../shared/schemas/contracts-monitoring.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useChangeInbox } from '../api.ts';
import { changeColumns } from '../components/changes-panel.tsx';
import { ContractsNav } from '../components/contracts-nav.tsx';
import { tx } from '../text.ts';

/** Change requests waiting for the user's decision (the authority matrix routes them), or all in scope. */
export function ChangeInboxPage() {
  const label = useLabel();
  const [mine, setMine] = useState<'decide' | 'all'>('decide');
  const [page, setPage] = useState(1);
  const q = useChangeInbox({ page, pageSize: 20, mine });
  return (
    <>
      <PageHeader title={label(tx.inbox)} />
      <ContractsNav />
      <Segmented
        style={{ marginBottom: 12, marginLeft: 8 }}
        value={mine}
        onChange={(v) => setMine(v as 'decide' | 'all')}
        options={[
          { value: 'decide', label: label(tx.waitingForMe) },
          { value: 'all', label: label(tx.allInScope) },
        ]}
      />
      {q.error ? <QueryError error={q.error} retry={() => void q.refetch()} /> : null}
      <Table<ChangeRequestDto>
        rowKey="id"
        size="small"
        data-testid="inbox"
        loading={q.isFetching}
        dataSource={q.data?.items}
        pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage }}
        columns={[
          {
            title: label(tx.scheme),
            render: (_, r) => (
              <Link to={`/admin/de-an/${r.schemeId}`}>
                <Typography.Text strong>{r.schemeCode}</Typography.Text> · {r.schemeTitle}
              </Link>
            ),
          },
          ...changeColumns(label),
        ]}
      />
    </>
  );
}
