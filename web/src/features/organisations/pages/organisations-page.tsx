import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { formatInteger } from '../../../../../shared/format.ts';
import { type OrganisationDto, orgKindLabels, orgKinds } from '../../../../../shared/schemas/identity.ts';
import { useSession } from '../../../app/session.tsx';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SearchBox } from '../../../ui/search-box.tsx';
import { useOrganisationList } from '../api.ts';
import { OrganisationFormDrawer } from '../components/organisation-form-drawer.tsx';

export function OrganisationsPage() {
  const { t } = useI18n();
  const label = useLabel();
  const { can } = useSession();
  const list = useListState(['kind', 'provinceCode'] as const);
  const { params, update } = list;
  const query = useOrganisationList(params);
  const [editing, setEditing] = useState<OrganisationDto | 'new' | null>(null);

  const columns: ColumnsType<OrganisationDto> = [
    {
      key: 'code',
      title: t('organisations.col.code'),
      dataIndex: 'code',
      sorter: true,
      sortOrder: list.sortOrderOf('code'),
    },
    {
      key: 'name',
      title: t('organisations.col.name'),
      sorter: true,
      sortOrder: list.sortOrderOf('name'),
      render: (_, o) => (
        <div>
          <Typography.Text strong>{o.name}</Typography.Text>
          {o.parentName ? (
            <div>
              <Typography.Text type="secondary">
                {t('organisations.under', { name: o.parentName })}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'kind',
      title: t('organisations.col.kind'),
      sorter: true,
      sortOrder: list.sortOrderOf('kind'),
      render: (_, o) => label(orgKindLabels[o.kind]),
    },
    {
      key: 'provinceCode',
      title: t('organisations.col.province'),
      sorter: true,
      sortOrder: list.sortOrderOf('provinceCode'),
      render: (_, o) => o.provinceName ?? t('users.national'),
    },
    {
      key: 'userCount',
      title: t('organisations.col.users'),
      align: 'right',
      render: (_, o) => formatInteger(o.userCount),
    },
    {
      key: 'active',
      title: t('organisations.col.status'),
      render: (_, o) =>
        o.active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, o) =>
        o.abilities.update ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(o)}>
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.organisations')}
        subtitle={t('organisations.subtitle')}
        extra={
          can('organisations.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('organisations.create')}
            </Button>
          ) : null
        }
      />
      <FilterBar>
        <SearchBox
          value={params.q}
          onSearch={(q) => update({ q })}
          placeholder={t('organisations.searchPlaceholder')}
        />
        <Select
          allowClear
          placeholder={t('organisations.filter.kind')}
          value={params.kind}
          onChange={(kind: string | undefined) => update({ kind })}
          options={orgKinds.map((k) => ({ value: k, label: label(orgKindLabels[k]) }))}
          style={{ minWidth: 240 }}
        />
        <ProvinceSelect value={params.provinceCode} onChange={(provinceCode) => update({ provinceCode })} />
      </FilterBar>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table<OrganisationDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        onChange={list.onTableChange}
        pagination={list.pagination(query.data?.total, (total) => t('common.total', { total }))}
        scroll={{ x: 960 }}
        locale={{ emptyText: t('common.empty') }}
      />
      {editing ? (
        <OrganisationFormDrawer
          organisation={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
