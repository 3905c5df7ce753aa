import { Segmented, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { formatDate } from '../../../../../shared/format.ts';
import {
  type UnitDto,
  type UnitEra,
  type UnitLevel,
  unitEraLabels,
} from '../../../../../shared/schemas/reference.ts';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useListState } from '../../../lib/list-state.ts';
import { FilterBar, PageHeader } from '../../../ui/page-header.tsx';
import { ProvinceSelect } from '../../../ui/province-select.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SearchBox } from '../../../ui/search-box.tsx';
import { useUnitList } from '../api.ts';
import { UnitDetailDrawer } from '../components/unit-detail-drawer.tsx';

const levelsOf: Record<UnitEra, UnitLevel[]> = {
  '2025': ['province', 'commune'],
  pre2025: ['province', 'district', 'commune'],
};

/** Administrative units of both eras: the 34 provinces and their communes since 1 July 2025, the 63 before. */
export function UnitsPage() {
  const { t } = useI18n();
  const label = useLabel();
  const list = useListState(['era', 'level', 'provinceCode', 'parentCode'] as const, { pageSize: 50 });
  const { params, update } = list;
  const era: UnitEra = params.era === 'pre2025' ? 'pre2025' : '2025';
  const query = useUnitList({ ...params, era });
  const [openId, setOpenId] = useState<number>();

  const columns: ColumnsType<UnitDto> = [
    {
      key: 'code',
      title: t('units.col.code'),
      dataIndex: 'code',
      sorter: true,
      sortOrder: list.sortOrderOf('code'),
      width: 100,
    },
    {
      key: 'name',
      title: t('units.col.name'),
      sorter: true,
      sortOrder: list.sortOrderOf('name'),
      render: (_, u) => <Typography.Link onClick={() => setOpenId(u.id)}>{u.name}</Typography.Link>,
    },
    { key: 'type', title: t('units.col.type'), dataIndex: 'typeLabel' },
    { key: 'level', title: t('units.col.level'), render: (_, u) => t(`units.level.${u.level}`) },
    {
      key: 'parent',
      title: t('units.col.parent'),
      render: (_, u) => u.parentName ?? '—',
      responsive: ['md'],
    },
    {
      key: 'province',
      title: t('units.col.province'),
      render: (_, u) => u.provinceName ?? '—',
      responsive: ['md'],
    },
    {
      key: 'validity',
      title: t('units.col.validity'),
      responsive: ['lg'],
      render: (_, u) =>
        u.validTo
          ? t('units.validRange', { from: formatDate(u.validFrom), to: formatDate(u.validTo) })
          : t('units.validFrom', { from: formatDate(u.validFrom) }),
    },
  ];

  return (
    <>
      <PageHeader title={t('nav.units')} subtitle={t('units.subtitle')} />
      <FilterBar>
        <Segmented<UnitEra>
          value={era}
          onChange={(next) =>
            update({
              era: next === '2025' ? undefined : next,
              provinceCode: undefined,
              level: undefined,
              parentCode: undefined,
            })
          }
          options={[
            { value: '2025', label: t('units.era.2025') },
            { value: 'pre2025', label: t('units.era.pre2025') },
          ]}
        />
        <SearchBox
          value={params.q}
          onSearch={(q) => update({ q })}
          placeholder={t('units.searchPlaceholder')}
        />
        <ProvinceSelect
          era={era}
          value={params.provinceCode}
          onChange={(provinceCode) => update({ provinceCode, parentCode: undefined })}
        />
        <Select
          allowClear
          placeholder={t('units.filter.level')}
          value={params.level}
          onChange={(level: string | undefined) => update({ level })}
          options={levelsOf[era].map((l) => ({ value: l, label: t(`units.level.${l}`) }))}
          style={{ minWidth: 160 }}
        />
      </FilterBar>
      <Typography.Paragraph type="secondary">{label(unitEraLabels[era])}</Typography.Paragraph>
      {query.error ? <QueryError error={query.error} retry={() => void query.refetch()} /> : null}
      <Table<UnitDto>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        onChange={list.onTableChange}
        onRow={(u) => ({ onDoubleClick: () => setOpenId(u.id) })}
        pagination={list.pagination(query.data?.total, (total) => t('common.total', { total }))}
        scroll={{ x: 960 }}
        locale={{ emptyText: t('common.empty') }}
      />
      <UnitDetailDrawer id={openId} onClose={() => setOpenId(undefined)} onOpen={setOpenId} />
    </>
  );
}
