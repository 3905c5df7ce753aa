import { Button, Card, InputNumber, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { formatDate, formatVnd } from '../../../../../shared/format.ts';
import {
  type ContractListItemDto,
  contractStateLabels,
  contractStates,
} from '../../../../../shared/schemas/contracts.ts';
import { schemeLevelLabels } from '../../../../../shared/schemas/schemes.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SearchBox } from '../../../ui/search-box.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useContractList, usePrepare, useSigning } from '../api.ts';
import { ContractsNav } from '../components/contracts-nav.tsx';
import { SigningChart } from '../components/signing-chart.tsx';
import { ContractStateTag, fill, PhaseTag } from '../components/tags.tsx';
import { tx } from '../text.ts';

const thisYear = Number(new Date().toISOString().slice(0, 4));

/** The contract register with the plan's signing progress as a figure and a chart over time. */
export function ContractsRegisterPage() {
  const label = useLabel();
  const me = useMe();
  const feedback = useFeedback();
  const list = useListState(['planYear', 'level', 'provinceCode', 'state', 'phase'] as const, {
    sort: '-assignedAt',
  });
  const { params, update } = list;
  const query = useContractList(params);
  const year = params.planYear ?? String(thisYear);
  const signing = useSigning({ planYear: year, level: params.level, provinceCode: params.provinceCode });
  const prepare = usePrepare();
  const canPrepare = ['agency_officer', 'agency_leader', 'department_officer', 'department_leader'].includes(
    me.user.role,
  );

  const doPrepare = async () => {
    try {
      const level = me.user.provinceCode ? 'local' : 'national';
      const res = await prepare.mutateAsync({ planYear: Number(year), level: params.level ?? level });
      feedback.success(fill(label(tx.prepared), { n: res.created }));
    } catch (e) {
      feedback.error(e);
    }
  };

  const columns: ColumnsType<ContractListItemDto> = [
    {
      key: 'scheme',
      title: label(tx.scheme),
      render: (_, c) => (
        <Link to={`/admin/hop-dong/${c.id}`} data-testid="contract-link">
          <Typography.Text strong>{c.schemeCode}</Typography.Text> · {c.schemeTitle}
        </Link>
      ),
    },
    { key: 'number', title: label(tx.number), dataIndex: 'number', width: 170 },
    { key: 'implementer', title: label(tx.implementer), dataIndex: 'implementerName', width: 200 },
    {
      key: 'value',
      title: label(tx.value),
      align: 'right',
      width: 150,
      render: (_, c) => formatVnd(c.value),
    },
    {
      key: 'state',
      title: label(tx.state),
      width: 220,
      render: (_, c) => (
        <>
          <ContractStateTag state={c.state} />
          <PhaseTag phase={c.phase} />
        </>
      ),
    },
    {
      key: 'assignedAt',
      title: label(tx.assigned),
      width: 110,
      sorter: true,
      sortOrder: list.sortOrderOf('assignedAt'),
      render: (_, c) => formatDate(c.assignedAt),
    },
    {
      key: 'signedDate',
      title: label(tx.signed),
      width: 110,
      sorter: true,
      sortOrder: list.sortOrderOf('signedDate'),
      render: (_, c) => formatDate(c.signedDate) || '—',
    },
    {
      key: 'progress',
      title: label(tx.progress),
      width: 90,
      align: 'right',
      render: (_, c) => (c.lastProgress === null ? '—' : `${c.lastProgress}%`),
    },
  ];

  return (
    <>
      <PageHeader
        title={label(tx.register)}
        subtitle={label(tx.subtitle)}
        extra={
          canPrepare ? (
            <Button
              onClick={() => void doPrepare()}
              loading={prepare.isPending}
              data-testid="prepare-contracts"
            >
              {label(tx.prepare)}
            </Button>
          ) : null
        }
      />
      <ContractsNav />
      <Card size="small" title={label(tx.signingTitle)} style={{ marginBottom: 16 }}>
        {signing.data ? (
          <>
            <Typography.Paragraph strong data-testid="signing-figure">
              {fill(label(tx.signingFigure), {
                signed: signing.data.signed,
                total: signing.data.total,
                percent: signing.data.percent.toLocaleString('vi-VN'),
              })}
            </Typography.Paragraph>
            <SigningChart data={signing.data} />
          </>
        ) : null}
      </Card>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} placeholder={label(tx.search)} />
        <InputNumber
          placeholder={label(tx.year)}
          value={params.planYear ? Number(params.planYear) : null}
          onChange={(v) => update({ planYear: v ?? undefined })}
        />
        <Select
          allowClear
          placeholder={label(tx.level)}
          style={{ width: 200 }}
          value={params.level}
          onChange={(v) => update({ level: v })}
          options={(['national', 'local'] as const).map((l) => ({
            value: l,
            label: label(schemeLevelLabels[l]),
          }))}
        />
        <Select
          allowClear
          placeholder={label(tx.state)}
          style={{ width: 200 }}
          value={params.state}
          onChange={(v) => update({ state: v })}
          options={contractStates.map((s) => ({ value: s, label: label(contractStateLabels[s]) }))}
        />
      </div>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table
        rowKey="id"
        size="small"
        loading={query.isFetching}
        dataSource={query.data?.items}
        columns={columns}
        onChange={list.onTableChange}
        pagination={list.pagination(query.data?.total, (n) => `${n}${query.data?.totalCapped ? '+' : ''}`)}
        scroll={{ x: 1100 }}
      />
    </>
  );
}
