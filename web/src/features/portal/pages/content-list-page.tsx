import { GlobalOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Select, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { formatDate } from '../../../../../shared/format.ts';
import {
  type ContentStatus,
  contentStatuses,
  contentStatusLabels,
  type PortalItemSummaryDto,
  type PortalKind,
  portalKindLabels,
  portalKinds,
} from '../../../../../shared/schemas/portal.ts';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SearchBox } from '../../../ui/search-box.tsx';
import { usePortalList } from '../api.ts';
import { StatusTag } from '../components/workflow-actions.tsx';
import { ADMIN_BASE, kindSegments, usePortalText } from '../labels.ts';

function ItemsTable({ kind }: { kind: PortalKind }) {
  const p = usePortalText();
  const label = useLabel();
  const { t } = useI18n();
  const list = useListState(['status'] as const, { sort: '-updatedAt' });
  const { params, update } = list;
  const query = usePortalList(kind, params);
  const editUrl = (r: PortalItemSummaryDto) => `${ADMIN_BASE}/${kindSegments[kind]}/${r.id}`;

  const columns: ColumnsType<PortalItemSummaryDto> = [
    ...(kind === 'document'
      ? [
          {
            key: 'number',
            title: p('colNumber'),
            render: (_: unknown, r: PortalItemSummaryDto) => (
              <Typography.Text strong>{r.document?.docNumber}</Typography.Text>
            ),
          },
        ]
      : []),
    {
      key: 'title',
      title: p('colTitle'),
      sorter: true,
      sortOrder: list.sortOrderOf('title'),
      render: (_, r) => (
        <div style={{ maxWidth: 560 }}>
          <Link to={editUrl(r)}>{r.title}</Link>
          {r.status === 'published' && !r.scheduled ? (
            <a
              href={r.publicUrl}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={p('viewPublic')}
              style={{ marginLeft: 8 }}
            >
              <GlobalOutlined />
            </a>
          ) : null}
        </div>
      ),
    },
    { key: 'status', title: p('status'), render: (_, r) => <StatusTag item={r} /> },
    ...(kind === 'event'
      ? [
          {
            key: 'startsOn',
            title: p('colEventDates'),
            sorter: true,
            sortOrder: list.sortOrderOf('startsOn'),
            render: (_: unknown, r: PortalItemSummaryDto) =>
              `${formatDate(r.event?.startsOn)} – ${formatDate(r.event?.endsOn)}`,
          },
          {
            key: 'registrations',
            title: p('colRegistrations'),
            render: (_: unknown, r: PortalItemSummaryDto) =>
              r.event?.registrationMode === 'form' && r.abilities.viewRegistrations ? (
                <Link to={`${ADMIN_BASE}/su-kien/${r.id}/dang-ky`}>
                  <TeamOutlined /> {r.event.registrationCount}
                </Link>
              ) : (
                '—'
              ),
          },
        ]
      : []),
    {
      key: 'province',
      title: p('colProvince'),
      responsive: ['md'],
      render: (_, r) => r.provinceName ?? p('national'),
    },
    {
      key: 'publishedAt',
      title: p('colDate'),
      sorter: true,
      sortOrder: list.sortOrderOf('publishedAt'),
      render: (_, r) => formatDate(r.publishedAt) || '—',
    },
    {
      key: 'updatedAt',
      title: p('colUpdated'),
      sorter: true,
      sortOrder: list.sortOrderOf('updatedAt'),
      responsive: ['lg'],
      render: (_, r) => formatDate(r.updatedAt),
    },
  ];

  return (
    <>
      <FilterBar>
        <SearchBox value={params.q} onSearch={(q) => update({ q })} placeholder={p('search')} />
        <Select
          allowClear
          placeholder={p('status')}
          value={params.status as ContentStatus | undefined}
          onChange={(status: ContentStatus | undefined) => update({ status })}
          options={contentStatuses.map((s) => ({ value: s, label: label(contentStatusLabels[s]) }))}
          style={{ minWidth: 180 }}
        />
        <Link to={`${ADMIN_BASE}/${kindSegments[kind]}/moi`}>
          <Button type="primary" icon={<PlusOutlined />}>
            {p('create')}
          </Button>
        </Link>
      </FilterBar>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table<PortalItemSummaryDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        onChange={list.onTableChange}
        pagination={list.pagination(query.data?.total, (total) => t('common.total', { total }))}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('common.empty') }}
      />
    </>
  );
}

/** The portal's content in the officials' app, one tab per kind. */
export function ContentListPage() {
  const p = usePortalText();
  const label = useLabel();
  const [sp, setSp] = useSearchParams();
  const kind = (portalKinds as readonly string[]).includes(sp.get('kind') ?? '')
    ? (sp.get('kind') as PortalKind)
    : 'article';
  return (
    <>
      <PageHeader
        title={p('title')}
        subtitle={p('subtitle')}
        extra={
          <Button icon={<GlobalOutlined />} href="/" target="_blank">
            {p('openSite')}
          </Button>
        }
      />
      <Tabs
        activeKey={kind}
        onChange={(k) => setSp({ kind: k }, { replace: true })}
        destroyOnHidden
        items={portalKinds.map((k) => ({
          key: k,
          label: label(portalKindLabels[k]),
          children: <ItemsTable kind={k} />,
        }))}
      />
    </>
  );
}
