import { DatePicker, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { formatDateTime } from '../../../../../shared/format.ts';
import type { AuditEntryDto } from '../../../../../shared/schemas/audit.ts';
import { useSession } from '../../../app/session.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SearchBox } from '../../../ui/search-box.tsx';
import { useAuditList } from '../api.ts';
import { AuditDiff } from '../components/audit-diff.tsx';

const ACTIONS = [
  'auth.logged_in',
  'auth.logged_out',
  'user.created',
  'user.updated',
  'user.disabled',
  'user.enabled',
  'user.password_changed',
  'user.password_reset',
  'user.unlocked',
  'organisation.created',
  'organisation.updated',
  'units.imported',
  'legal_document.created',
  'legal_document.updated',
];
const ENTITY_TYPES = [
  'user',
  'organisation',
  'admin_units',
  'legal_document',
  'activity_content',
  'industry',
  'rule_set',
];
const ISO = 'YYYY-MM-DD';

const actionColor = (action: string) =>
  action.endsWith('.created')
    ? 'green'
    : action.endsWith('.deleted') || action.endsWith('.disabled')
      ? 'red'
      : 'blue';

/** Read-only trail of every change: who, when, what, and the values before and after. */
export function AuditPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const list = useListState(['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const, {
    pageSize: 50,
  });
  const { params, update } = list;
  const query = useAuditList(params);

  const columns: ColumnsType<AuditEntryDto> = [
    { key: 'at', title: t('audit.col.at'), render: (_, e) => formatDateTime(e.at), width: 150 },
    { key: 'actor', title: t('audit.col.actor'), render: (_, e) => e.actorEmail ?? t('audit.system') },
    {
      key: 'action',
      title: t('audit.col.action'),
      className: 'col-action',
      render: (_, e) => <Tag color={actionColor(e.action)}>{e.action}</Tag>,
    },
    { key: 'entityType', title: t('audit.col.entityType'), dataIndex: 'entityType' },
    {
      key: 'entityId',
      title: t('audit.col.entityId'),
      responsive: ['lg'],
      render: (_, e) =>
        e.entityId ? (
          <Typography.Link onClick={() => update({ entityType: e.entityType, entityId: e.entityId })}>
            <Typography.Text code>{e.entityId}</Typography.Text>
          </Typography.Link>
        ) : (
          '—'
        ),
    },
    {
      key: 'province',
      title: t('audit.col.province'),
      dataIndex: 'provinceCode',
      responsive: ['md'],
      render: (v) => v ?? '—',
    },
    { key: 'ip', title: t('audit.col.ip'), dataIndex: 'ip', responsive: ['xl'], render: (v) => v ?? '—' },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.audit')}
        subtitle={can('audit.readAll') ? t('audit.subtitleAll') : t('audit.subtitleScoped')}
      />
      <FilterBar>
        <SearchBox
          value={params.actor}
          onSearch={(actor) => update({ actor })}
          placeholder={t('audit.filter.actor')}
          width={240}
        />
        <SearchBox
          value={params.action}
          onSearch={(action) => update({ action })}
          placeholder={t('audit.filter.action')}
          width={220}
          suggestions={ACTIONS}
        />
        <SearchBox
          value={params.entityType}
          onSearch={(entityType) => update({ entityType })}
          placeholder={t('audit.filter.entityType')}
          width={180}
          suggestions={ENTITY_TYPES}
        />
        <SearchBox
          value={params.entityId}
          onSearch={(entityId) => update({ entityId })}
          placeholder={t('audit.filter.entityId')}
          width={300}
        />
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          allowEmpty={[true, true]}
          placeholder={[t('audit.filter.from'), t('audit.filter.to')]}
          value={[params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null]}
          onChange={(range) =>
            update({ from: range?.[0]?.format(ISO) ?? undefined, to: range?.[1]?.format(ISO) ?? undefined })
          }
        />
      </FilterBar>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table<AuditEntryDto>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        onChange={list.onTableChange}
        expandable={{ expandedRowRender: (e) => <AuditDiff entry={e} /> }}
        pagination={list.pagination(query.data?.total, (total) => t('common.total', { total }))}
        scroll={{ x: 960 }}
        locale={{ emptyText: t('common.empty') }}
      />
    </>
  );
}
