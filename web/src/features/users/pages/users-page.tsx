import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { formatDateTime } from '../../../../../shared/format.ts';
import { roleLabels, roles, type UserDto } from '../../../../../shared/schemas/identity.ts';
import { useSession } from '../../../app/session.tsx';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SearchBox } from '../../../ui/search-box.tsx';
import { OrganisationSelect } from '../../organisations/components/organisation-select.tsx';
import { useUserList } from '../api.ts';
import { UserActions } from '../components/user-actions.tsx';
import { UserFormDrawer } from '../components/user-form-drawer.tsx';
import { UserStatusTag } from '../components/user-status-tag.tsx';

/** Users the signed-in official may see (the server scopes the list to their province or organisation). */
export function UsersPage() {
  const { t } = useI18n();
  const label = useLabel();
  const { can } = useSession();
  const list = useListState(['role', 'status', 'provinceCode', 'organisationId'] as const);
  const { params, update } = list;
  const query = useUserList(params);
  const [editing, setEditing] = useState<UserDto | 'new' | null>(null);

  const columns: ColumnsType<UserDto> = [
    {
      key: 'fullName',
      title: t('users.col.fullName'),
      sorter: true,
      sortOrder: list.sortOrderOf('fullName'),
      className: 'col-name',
      width: 220,
      render: (_, u) => (
        <div>
          <Typography.Text strong>{u.fullName}</Typography.Text>
          {u.title ? (
            <div>
              <Typography.Text type="secondary">{u.title}</Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'email',
      title: t('users.col.email'),
      dataIndex: 'email',
      render: (email: string) => <span style={{ whiteSpace: 'nowrap' }}>{email}</span>,
      sorter: true,
      sortOrder: list.sortOrderOf('email'),
      className: 'col-email',
    },
    {
      key: 'role',
      title: t('users.col.role'),
      sorter: true,
      sortOrder: list.sortOrderOf('role'),
      render: (_, u) => label(roleLabels[u.role]),
    },
    {
      key: 'organisation',
      title: t('users.col.organisation'),
      dataIndex: 'organisationName',
      responsive: ['md'],
    },
    {
      key: 'provinceCode',
      title: t('users.col.province'),
      sorter: true,
      sortOrder: list.sortOrderOf('provinceCode'),
      className: 'col-province',
      render: (_, u) => u.provinceName ?? t('users.national'),
    },
    { key: 'status', title: t('users.col.status'), render: (_, u) => <UserStatusTag user={u} /> },
    {
      key: 'lastLoginAt',
      title: t('users.col.lastLogin'),
      sorter: true,
      sortOrder: list.sortOrderOf('lastLoginAt'),
      responsive: ['lg'],
      render: (_, u) => formatDateTime(u.lastLoginAt) || '—',
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, u) => <UserActions user={u} onEdit={() => setEditing(u)} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        subtitle={t('users.subtitle')}
        extra={
          can('users.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <FilterBar>
        <SearchBox
          value={params.q}
          onSearch={(q) => update({ q })}
          placeholder={t('users.searchPlaceholder')}
        />
        <Select
          allowClear
          placeholder={t('users.filter.role')}
          value={params.role}
          onChange={(role: string | undefined) => update({ role })}
          options={roles.map((r) => ({ value: r, label: label(roleLabels[r]) }))}
          style={{ minWidth: 220 }}
        />
        <Select
          allowClear
          placeholder={t('users.filter.status')}
          value={params.status}
          onChange={(status: string | undefined) => update({ status })}
          options={[
            { value: 'active', label: t('users.status.active') },
            { value: 'disabled', label: t('users.status.disabled') },
          ]}
          style={{ minWidth: 160 }}
        />
        <ProvinceSelect value={params.provinceCode} onChange={(provinceCode) => update({ provinceCode })} />
        <OrganisationSelect
          allowClear
          value={params.organisationId}
          onChange={(organisationId) => update({ organisationId })}
          placeholder={t('users.filter.organisation')}
          style={{ minWidth: 260 }}
        />
      </FilterBar>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table<UserDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        onChange={list.onTableChange}
        pagination={list.pagination(query.data?.total, (total) => t('common.total', { total }))}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('common.empty') }}
      />
      {editing ? (
        <UserFormDrawer user={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
