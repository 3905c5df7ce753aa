import { EditOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { formatDate } from '../../../../../shared/format.ts';
import {
  type LegalDocumentDto,
  legalDocKindLabels,
  legalDocKinds,
} from '../../../../../shared/schemas/reference.ts';
import { useSession } from '../../../app/session.tsx';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SearchBox } from '../../../ui/search-box.tsx';
import { useLegalDocumentList } from '../api.ts';
import { LegalDocumentDrawer } from '../components/legal-document-drawer.tsx';

const FIRST_YEAR = 1990;
const YEARS = Array.from(
  { length: new Date().getFullYear() + 2 - FIRST_YEAR },
  (_, i) => new Date().getFullYear() + 1 - i,
);

/** The register of decrees, circulars, decisions and letters the programme cites. */
export function LegalDocumentsPage() {
  const { t } = useI18n();
  const label = useLabel();
  const { can } = useSession();
  const list = useListState(['kind', 'year'] as const, { sort: '-issueDate' });
  const { params, update } = list;
  const query = useLegalDocumentList(params);
  const [editing, setEditing] = useState<LegalDocumentDto | 'new' | null>(null);

  const columns: ColumnsType<LegalDocumentDto> = [
    {
      key: 'number',
      title: t('legal.col.number'),
      sorter: true,
      sortOrder: list.sortOrderOf('number'),
      render: (_, d) => (
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {d.number}
        </Typography.Text>
      ),
    },
    {
      key: 'kind',
      title: t('legal.col.kind'),
      sorter: true,
      sortOrder: list.sortOrderOf('kind'),
      dataIndex: 'kindLabel',
    },
    {
      key: 'title',
      title: t('legal.col.title'),
      sorter: true,
      sortOrder: list.sortOrderOf('title'),
      render: (_, d) => (
        <div style={{ maxWidth: 520 }}>
          {d.fileUrl ? (
            <Typography.Link href={d.fileUrl} target="_blank" rel="noopener noreferrer">
              <FileTextOutlined /> {d.title}
            </Typography.Link>
          ) : (
            d.title
          )}
          {d.issuer ? (
            <div>
              <Typography.Text type="secondary">{d.issuer}</Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'issueDate',
      title: t('legal.col.issueDate'),
      sorter: true,
      sortOrder: list.sortOrderOf('issueDate'),
      render: (_, d) => formatDate(d.issueDate) || '—',
    },
    {
      key: 'effectiveFrom',
      title: t('legal.col.effective'),
      sorter: true,
      sortOrder: list.sortOrderOf('effectiveFrom'),
      responsive: ['md'],
      render: (_, d) =>
        d.effectiveFrom
          ? d.effectiveTo
            ? `${formatDate(d.effectiveFrom)} – ${formatDate(d.effectiveTo)}`
            : t('units.validFrom', { from: formatDate(d.effectiveFrom) })
          : '—',
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, d) =>
        d.abilities.update ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(d)}>
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.legalDocuments')}
        subtitle={t('legal.subtitle')}
        extra={
          can('reference.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('legal.create')}
            </Button>
          ) : null
        }
      />
      <FilterBar>
        <SearchBox
          value={params.q}
          onSearch={(q) => update({ q })}
          placeholder={t('legal.searchPlaceholder')}
        />
        <Select
          allowClear
          placeholder={t('legal.filter.kind')}
          value={params.kind}
          onChange={(kind: string | undefined) => update({ kind })}
          options={legalDocKinds.map((k) => ({ value: k, label: label(legalDocKindLabels[k]) }))}
          style={{ minWidth: 200 }}
        />
        <Select
          allowClear
          showSearch
          placeholder={t('legal.filter.year')}
          value={params.year}
          onChange={(year: string | undefined) => update({ year })}
          options={YEARS.map((y) => ({ value: String(y), label: String(y) }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table<LegalDocumentDto>
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
        <LegalDocumentDrawer
          document={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
