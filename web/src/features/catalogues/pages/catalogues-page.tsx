import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import {
  type ActivityContentDto,
  activityContentKindLabels,
  activityContentKinds,
  type IndustryDto,
  type SchemeKindDto,
} from '../../../../../shared/schemas/reference.ts';
import { useSession } from '../../../app/session.tsx';
import { type TFunction, useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SearchBox } from '../../../ui/search-box.tsx';
import { type CatalogueName, type EditableCatalogue, useCatalogue } from '../api.ts';
import { CatalogueEntryDrawer } from '../components/catalogue-entry-drawer.tsx';

type AnyEntry = ActivityContentDto | IndustryDto | SchemeKindDto;
const tabs: CatalogueName[] = ['activity-contents', 'industries', 'scheme-kinds'];

function nameColumn(t: TFunction, lang: 'vi' | 'en'): ColumnsType<AnyEntry>[number] {
  return {
    key: 'name',
    title: t('catalogues.col.name'),
    render: (_, e) => (
      <div style={{ maxWidth: 560 }}>
        <Typography.Text>{lang === 'en' ? e.nameEn : e.nameVi}</Typography.Text>
        {e.note ? (
          <div>
            <Typography.Text type="secondary">{e.note}</Typography.Text>
          </div>
        ) : null}
      </div>
    ),
  };
}

/** Reference catalogues: activity contents, eligible industries, scheme kinds. Everyone reads; reference managers edit. */
export function CataloguesPage() {
  const { t, lang } = useI18n();
  const label = useLabel();
  const { can } = useSession();
  const list = useListState(['tab', 'active', 'kind'] as const, { pageSize: 50 });
  const { params, update } = list;
  const tab: CatalogueName = tabs.find((x) => x === params.tab) ?? 'activity-contents';
  const query = useCatalogue(tab, {
    page: params.page,
    pageSize: params.pageSize,
    q: params.q,
    sort: params.sort,
    active: params.active,
    kind: tab === 'activity-contents' ? params.kind : undefined,
  });
  const [editing, setEditing] = useState<{
    name: EditableCatalogue;
    entry?: ActivityContentDto | IndustryDto;
  } | null>(null);
  const editable = tab !== 'scheme-kinds';

  const columns: ColumnsType<AnyEntry> = [
    {
      key: 'code',
      title: t('catalogues.col.code'),
      dataIndex: 'code',
      width: 130,
      sorter: editable,
      sortOrder: editable ? list.sortOrderOf('code') : undefined,
    },
    {
      ...nameColumn(t, lang),
      key: 'nameVi',
      sorter: editable && lang === 'vi',
      sortOrder: editable && lang === 'vi' ? list.sortOrderOf('nameVi') : undefined,
    },
    ...(tab === 'activity-contents'
      ? [
          {
            key: 'kind',
            title: t('catalogues.col.kind'),
            render: (_: unknown, e: AnyEntry) =>
              'kind' in e ? label(activityContentKindLabels[e.kind]) : null,
          },
          {
            key: 'parent',
            title: t('catalogues.col.parent'),
            render: (_: unknown, e: AnyEntry) =>
              'kind' in e ? [e.parentCode, e.programmeGroup].filter(Boolean).join(' · ') || '—' : null,
          },
        ]
      : []),
    ...(tab === 'scheme-kinds'
      ? [
          {
            key: 'category',
            title: t('catalogues.col.category'),
            render: (_: unknown, e: AnyEntry) =>
              'category' in e
                ? t(e.category === 'level' ? 'catalogues.category.level' : 'catalogues.category.kind')
                : null,
          },
        ]
      : []),
    { key: 'source', title: t('catalogues.col.source'), dataIndex: 'source', responsive: ['lg'] },
    {
      key: 'active',
      title: t('catalogues.col.status'),
      render: (_, e) =>
        e.active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
    },
    ...(editable
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, e: AnyEntry) =>
              'abilities' in e && e.abilities.update ? (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing({ name: tab, entry: e as ActivityContentDto | IndustryDto })}
                >
                  {t('common.edit')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('nav.catalogues')}
        subtitle={t('catalogues.subtitle')}
        extra={
          editable && can('reference.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ name: tab })}>
              {t('catalogues.create')}
            </Button>
          ) : null
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(next) =>
          update({ tab: next, q: undefined, sort: undefined, active: undefined, kind: undefined })
        }
        items={tabs.map((name) => ({ key: name, label: t(`catalogues.tab.${name}`) }))}
      />
      <FilterBar>
        <SearchBox
          value={params.q}
          onSearch={(q) => update({ q })}
          placeholder={t('catalogues.searchPlaceholder')}
        />
        {tab === 'activity-contents' ? (
          <Select
            allowClear
            placeholder={t('catalogues.filter.kind')}
            value={params.kind}
            onChange={(kind: string | undefined) => update({ kind })}
            options={activityContentKinds.map((k) => ({
              value: k,
              label: label(activityContentKindLabels[k]),
            }))}
            style={{ minWidth: 260 }}
          />
        ) : null}
        <Select
          allowClear
          placeholder={t('catalogues.filter.status')}
          value={params.active}
          onChange={(active: string | undefined) => update({ active })}
          options={[
            { value: 'true', label: t('common.active') },
            { value: 'false', label: t('common.inactive') },
          ]}
          style={{ minWidth: 160 }}
        />
      </FilterBar>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table<AnyEntry>
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
        <CatalogueEntryDrawer name={editing.name} entry={editing.entry} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
