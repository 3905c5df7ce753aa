import { GlobalOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../../../shared/format.ts';
import { ProductLevel, type RoundListItem, RoundStatus } from '../../../../../shared/schemas/products.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SearchBox } from '../../../ui/search-box.tsx';
import { useRounds } from '../api.ts';
import { RoundStatusTag } from '../components/fields.tsx';
import { levelLabels, roundStatusLabels, tx } from '../text.ts';

const organiserRoles = [
  'system_admin',
  'agency_leader',
  'agency_officer',
  'department_admin',
  'department_leader',
  'department_officer',
];

/** The selection rounds the user may see (their province's, regional and national ones, the councils they sit on). */
export function RoundsPage() {
  const label = useLabel();
  const me = useMe();
  const navigate = useNavigate();
  const { params, update, pagination, onTableChange } = useListState(['level', 'year', 'status'] as const);
  const query = useRounds(params);

  const columns: ColumnsType<RoundListItem> = [
    { key: 'code', title: label(tx.code), dataIndex: 'code', width: 150 },
    {
      key: 'name',
      title: label(tx.name),
      render: (_, r) => (
        <Link to={r.id} data-testid={`round-${r.code}`}>
          {r.name}
        </Link>
      ),
    },
    { key: 'level', title: label(tx.level), width: 120, render: (_, r) => label(levelLabels[r.level]) },
    { key: 'year', title: label(tx.year), dataIndex: 'year', width: 80 },
    {
      key: 'place',
      title: label(tx.organiser),
      render: (_, r) =>
        r.organiserName +
        (r.provinceName ? ` – ${r.provinceName}` : r.regionName ? ` – ${r.regionName}` : ''),
    },
    {
      key: 'window',
      title: label(tx.window),
      width: 200,
      render: (_, r) => `${formatDate(r.registrationOpens)} – ${formatDate(r.registrationCloses)}`,
    },
    { key: 'entries', title: label(tx.entries), dataIndex: 'entryCount', width: 110, align: 'right' },
    {
      key: 'status',
      title: label(tx.status),
      width: 170,
      render: (_, r) => <RoundStatusTag status={r.status} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={label(tx.title)}
        subtitle={label(tx.subtitle)}
        extra={
          <>
            <Button icon={<GlobalOutlined />} href="/san-pham-tieu-bieu" target="_blank">
              {label(tx.publicRegistry)}
            </Button>
            {organiserRoles.includes(me.user.role) ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('moi')}
                data-testid="new-round"
              >
                {label(tx.newRound)}
              </Button>
            ) : null}
          </>
        }
      />
      <FilterBar>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} placeholder={label(tx.search)} />
        <Select
          allowClear
          placeholder={label(tx.level)}
          value={params.level}
          onChange={(level) => update({ level })}
          options={ProductLevel.options.map((l) => ({ value: l, label: label(levelLabels[l]) }))}
          style={{ width: 160 }}
        />
        <InputNumber
          placeholder={label(tx.year)}
          value={params.year ? Number(params.year) : null}
          onChange={(y) => update({ year: y ?? undefined })}
          style={{ width: 110 }}
        />
        <Select
          allowClear
          placeholder={label(tx.status)}
          value={params.status}
          onChange={(status) => update({ status })}
          options={RoundStatus.options.map((s) => ({ value: s, label: label(roundStatusLabels[s]) }))}
          style={{ width: 200 }}
        />
      </FilterBar>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        pagination={pagination(query.data?.total, (n) => `${n}`)}
        onChange={onTableChange}
        scroll={{ x: 1000 }}
      />
    </>
  );
}
