import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDate, formatVnd } from '../../../../../shared/format.ts';
import {
  type SchemeListItemDto,
  schemeKindLabels,
  schemeKinds,
  schemeLevelLabels,
  schemeStateLabels,
  schemeStates,
} from '../../../../../shared/schemas/schemes.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SearchBox } from '../../../ui/search-box.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useCatalogue } from '../../catalogues/api.ts';
import { OrganisationSelect } from '../../organisations/components/organisation-select.tsx';
import { useBulkTransition, useSchemeList } from '../api.ts';
import { SchemeStateTag } from '../components/scheme-tags.tsx';
import { tx } from '../text.ts';

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => String(p[k] ?? m));

/** Schemes in the actor's scope, filtered and searched on the server; a department forwards the checked ones in bulk. */
export function SchemesListPage() {
  const label = useLabel();
  const me = useMe();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const list = useListState(
    [
      'planYear',
      'level',
      'kind',
      'provinceCode',
      'contentCode',
      'state',
      'implementerOrgId',
      'valueChain',
    ] as const,
    { sort: '-updatedAt' },
  );
  const { params, update } = list;
  const query = useSchemeList(params);
  const bulk = useBulkTransition();
  const contents = useCatalogue('activity-contents', { kind: 'content', pageSize: 200 });
  const [checked, setChecked] = useState<SchemeListItemDto[]>([]);
  const canDraft = [
    'implementer_staff',
    'establishment_rep',
    'department_officer',
    'department_leader',
    'agency_officer',
  ].includes(me.user.role);

  const forward = async () => {
    try {
      const res = await bulk.mutateAsync({
        action: 'forward',
        items: checked.map((s) => ({ id: s.id, version: s.version })),
      });
      setChecked([]);
      feedback.success(fill(label(tx.bulkDone), { done: res.done, failed: res.failed }));
      for (const r of res.results.filter((x) => !x.ok)) feedback.error(new Error(r.detail ?? r.code ?? ''));
    } catch (e) {
      feedback.error(e);
    }
  };

  const columns: ColumnsType<SchemeListItemDto> = [
    {
      key: 'code',
      title: label(tx.code),
      sorter: true,
      sortOrder: list.sortOrderOf('code'),
      width: 170,
      render: (_, s) => <Link to={`/admin/de-an/${s.id}`}>{s.code}</Link>,
    },
    {
      key: 'title',
      title: label(tx.name),
      sorter: true,
      sortOrder: list.sortOrderOf('title'),
      render: (_, s) => (
        <div>
          <Link to={`/admin/de-an/${s.id}`}>
            <Typography.Text strong>{s.title}</Typography.Text>
          </Link>
          <div>
            <Typography.Text type="secondary">{`${s.implementerName} · ${s.provinceName ?? s.provinceCode}`}</Typography.Text>
          </div>
          <div>
            <Tag>{label(schemeLevelLabels[s.level])}</Tag>
            <Tag>{label(schemeKindLabels[s.kind])}</Tag>
            {s.contentCodes.map((c) => (
              <Tag key={c}>{c}</Tag>
            ))}
            {s.valueChain ? <Tag color="gold">{s.valueChain}</Tag> : null}
          </div>
        </div>
      ),
    },
    {
      key: 'planYear',
      title: label(tx.year),
      sorter: true,
      sortOrder: list.sortOrderOf('planYear'),
      dataIndex: 'planYear',
      width: 90,
    },
    {
      key: 'state',
      title: label(tx.state),
      width: 170,
      render: (_, s) => <SchemeStateTag state={s.state} />,
    },
    {
      key: 'stateAllowed',
      title: label(tx.allowed),
      sorter: true,
      sortOrder: list.sortOrderOf('stateAllowed'),
      align: 'right',
      width: 190,
      render: (_, s) => (
        <div>
          <div>{formatVnd(s.support.stateAllowed)}</div>
          <Typography.Text type="secondary">{`${label(tx.requested)}: ${formatVnd(s.support.stateRequested)}`}</Typography.Text>
          {s.support.violationCount ? (
            <div>
              <Tag color="error">{`${s.support.violationCount} ${label(tx.violations)}`}</Tag>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'updatedAt',
      title: label(tx.updated),
      sorter: true,
      sortOrder: list.sortOrderOf('updatedAt'),
      width: 120,
      render: (_, s) => formatDate(s.updatedAt),
    },
  ];

  return (
    <>
      <PageHeader
        title={label(tx.title)}
        subtitle={label(tx.subtitle)}
        extra={
          <>
            {checked.length ? (
              <Button
                icon={<SendOutlined />}
                loading={bulk.isPending}
                onClick={() => void forward()}
                data-testid="bulk-forward"
              >
                {`${label(tx.bulkForward)} (${checked.length})`}
              </Button>
            ) : null}
            {canDraft ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/admin/de-an/moi')}
                data-testid="new-scheme"
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
        <InputNumber
          placeholder={label(tx.year)}
          value={params.planYear ? Number(params.planYear) : null}
          min={2010}
          max={2100}
          onChange={(v) => update({ planYear: v ?? undefined })}
        />
        <Select
          allowClear
          placeholder={label(tx.level)}
          value={params.level}
          onChange={(level?: string) => update({ level })}
          style={{ minWidth: 170 }}
          options={(['national', 'local'] as const).map((l) => ({
            value: l,
            label: label(schemeLevelLabels[l]),
          }))}
        />
        <Select
          allowClear
          placeholder={label(tx.kind)}
          value={params.kind}
          onChange={(kind?: string) => update({ kind })}
          style={{ minWidth: 170 }}
          options={schemeKinds.map((k) => ({ value: k, label: label(schemeKindLabels[k]) }))}
        />
        <Select
          allowClear
          mode="multiple"
          placeholder={label(tx.state)}
          value={params.state ? params.state.split(',') : []}
          onChange={(v: string[]) => update({ state: v.join(',') })}
          style={{ minWidth: 200 }}
          options={schemeStates.map((s) => ({ value: s, label: label(schemeStateLabels[s]) }))}
          data-testid="filter-state"
        />
        <ProvinceSelect value={params.provinceCode} onChange={(provinceCode) => update({ provinceCode })} />
        <Select
          allowClear
          placeholder={label(tx.content)}
          value={params.contentCode}
          onChange={(contentCode?: string) => update({ contentCode })}
          style={{ minWidth: 160 }}
          options={(contents.data?.items ?? []).map((c) => ({
            value: c.code,
            label: `${c.code} — ${c.nameVi}`,
          }))}
        />
        <OrganisationSelect
          allowClear
          value={params.implementerOrgId}
          onChange={(implementerOrgId) => update({ implementerOrgId })}
          placeholder={label(tx.implementer)}
          style={{ minWidth: 240 }}
        />
        <Input.Search
          allowClear
          placeholder={label(tx.valueChain)}
          defaultValue={params.valueChain}
          onSearch={(valueChain) => update({ valueChain })}
          style={{ width: 200 }}
        />
      </FilterBar>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table<SchemeListItemDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        onChange={list.onTableChange}
        rowSelection={{
          selectedRowKeys: checked.map((s) => s.id),
          onChange: (_, rows) => setChecked(rows),
          getCheckboxProps: (s) => ({ disabled: !s.abilities.forward, 'aria-label': s.code }),
        }}
        pagination={list.pagination(query.data?.total, (total) =>
          fill(label(query.data?.totalCapped ? tx.totalMore : tx.total), {
            total: total.toLocaleString('vi-VN'),
          }),
        )}
        scroll={{ x: 1100 }}
        locale={{ emptyText: label(tx.empty) }}
      />
    </>
  );
}
