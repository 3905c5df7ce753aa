import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../../../shared/format.ts';
import {
  type EstablishmentExportInput,
  type EstablishmentListItem,
  eligibilityStatuses,
  eligibilityStatusLabels,
  establishmentKindLabels,
  establishmentKinds,
  establishmentStatuses,
  establishmentStatusLabels,
} from '../../../../../shared/schemas/establishments.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SearchBox } from '../../../ui/search-box.tsx';
import { useCatalogue } from '../../catalogues/api.ts';
import { filterKeys, useEstablishmentAbilities, useEstablishmentList } from '../api.ts';
import { ExportButton } from '../components/export-button.tsx';
import { EligibilityTag, StatusTag } from '../components/tags.tsx';
import { fill, tx } from '../text.ts';

/** The register in the user's scope: server-side paging, sorting, filters and accent-free search. */
export function EstablishmentsListPage() {
  const label = useLabel();
  const me = useMe();
  const navigate = useNavigate();
  const list = useListState(filterKeys, { sort: 'name' });
  const { params, update } = list;
  const query = useEstablishmentList(params);
  const abilities = useEstablishmentAbilities();
  const industries = useCatalogue('industries', { pageSize: 200 });
  const national = !me.user.provinceCode;
  const { page: _p, pageSize: _s, ...filters } = params;

  const columns: ColumnsType<EstablishmentListItem> = [
    {
      key: 'name',
      title: label(tx.name),
      sorter: true,
      sortOrder: list.sortOrderOf('name'),
      render: (_, e) => (
        <div>
          <Link to={`/admin/co-so/${e.id}`} data-testid="establishment-link">
            <Typography.Text strong>{e.name}</Typography.Text>
          </Link>
          <div>
            <Typography.Text type="secondary">{e.representative ?? ''}</Typography.Text>
          </div>
          <div>
            <Tag>{e.kindLabel}</Tag>
            {e.craftVillage ? <Tag color="gold">{e.craftVillage}</Tag> : null}
            <StatusTag status={e.status} />
          </div>
        </div>
      ),
    },
    {
      key: 'registrationCode',
      title: label(tx.code),
      sorter: true,
      sortOrder: list.sortOrderOf('registrationCode'),
      width: 150,
      render: (_, e) => e.registrationCode ?? '',
    },
    {
      key: 'unit',
      title: label(tx.unit),
      render: (_, e) => (
        <div>
          <div>{e.unit.label}</div>
          {national ? <Typography.Text type="secondary">{e.provinceName}</Typography.Text> : null}
        </div>
      ),
    },
    {
      key: 'workforce',
      title: label(tx.workforce),
      sorter: true,
      sortOrder: list.sortOrderOf('workforce'),
      width: 110,
      align: 'right',
      render: (_, e) => e.workforce ?? '',
    },
    {
      key: 'eligibility',
      title: label(tx.eligibility),
      width: 150,
      render: (_, e) => <EligibilityTag status={e.eligibility} />,
    },
    {
      key: 'updatedAt',
      title: label(tx.updated),
      sorter: true,
      sortOrder: list.sortOrderOf('updatedAt'),
      width: 120,
      render: (_, e) => formatDate(e.updatedAt),
    },
  ];

  return (
    <>
      <PageHeader
        title={label(tx.title)}
        subtitle={label(tx.subtitle)}
        extra={
          <>
            <ExportButton filters={filters as EstablishmentExportInput} />
            {abilities.data?.['establishments.import'] ? (
              <Button
                icon={<UploadOutlined />}
                onClick={() => navigate('/admin/co-so/nhap')}
                data-testid="import"
              >
                {label(tx.import)}
              </Button>
            ) : null}
            {abilities.data?.['establishments.create'] ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/admin/co-so/moi')}
                data-testid="new-establishment"
              >
                {label(tx.create)}
              </Button>
            ) : null}
          </>
        }
      />
      <FilterBar>
        <SearchBox
          value={params.q}
          onSearch={(q) => update({ q })}
          placeholder={label(tx.search)}
          width={340}
        />
        {national ? (
          <ProvinceSelect value={params.provinceCode} onChange={(provinceCode) => update({ provinceCode })} />
        ) : null}
        <Select
          allowClear
          placeholder={label(tx.kind)}
          value={params.kind}
          onChange={(kind?: string) => update({ kind })}
          style={{ minWidth: 190 }}
          options={establishmentKinds.map((k) => ({ value: k, label: label(establishmentKindLabels[k]) }))}
          data-testid="filter-kind"
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={label(tx.industry)}
          value={params.industry}
          onChange={(industry?: string) => update({ industry })}
          style={{ minWidth: 220 }}
          options={(industries.data?.items ?? []).map((i) => ({
            value: i.code,
            label: `${i.code} — ${i.nameVi}`,
          }))}
        />
        <Input.Search
          allowClear
          placeholder={label(tx.craftVillage)}
          defaultValue={params.craftVillage}
          onSearch={(craftVillage) => update({ craftVillage })}
          style={{ width: 200 }}
        />
        <Select
          allowClear
          placeholder={label(tx.status)}
          value={params.status}
          onChange={(status?: string) => update({ status })}
          style={{ minWidth: 170 }}
          options={establishmentStatuses.map((s) => ({
            value: s,
            label: label(establishmentStatusLabels[s]),
          }))}
        />
        <Select
          allowClear
          placeholder={label(tx.eligibility)}
          value={params.eligibility}
          onChange={(eligibility?: string) => update({ eligibility })}
          style={{ minWidth: 170 }}
          options={eligibilityStatuses.map((s) => ({ value: s, label: label(eligibilityStatusLabels[s]) }))}
          data-testid="filter-eligibility"
        />
        <Select
          allowClear
          placeholder={label(tx.priority)}
          value={params.womanOwned ? 'woman' : params.ethnicMinorityOwned ? 'ethnic' : undefined}
          onChange={(v?: string) =>
            update({
              womanOwned: v === 'woman' ? 'true' : undefined,
              ethnicMinorityOwned: v === 'ethnic' ? 'true' : undefined,
            })
          }
          style={{ minWidth: 200 }}
          options={[
            { value: 'woman', label: label(tx.womanOwned) },
            { value: 'ethnic', label: label(tx.ethnicOwned) },
          ]}
        />
      </FilterBar>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table<EstablishmentListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        onChange={list.onTableChange}
        pagination={list.pagination(query.data?.total, (total) =>
          fill(label(query.data?.totalCapped ? tx.totalMore : tx.total), {
            total: total.toLocaleString('vi-VN'),
          }),
        )}
        scroll={{ x: 1000 }}
        locale={{ emptyText: label(tx.empty) }}
        data-testid="establishments-table"
      />
    </>
  );
}
