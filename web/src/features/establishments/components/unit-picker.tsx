import { Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { UnitEra } from '../../../../../shared/schemas/reference.ts';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { useUnitList } from '../../units/api.ts';
import { tx } from '../text.ts';

type Props = {
  provinceCode?: string | null;
  value?: number | null;
  onChange?: (id: number | null) => void;
  /** The unit already on the record, shown before any search. */
  initial?: { id: number; label: string; era: string } | null;
  id?: string;
};

/** A commune of today (in the province) or of before 01/07/2025, found by name without accents. */
export function UnitPicker({ provinceCode, value, onChange, initial, id }: Props) {
  const { t } = useI18n();
  const label = useLabel();
  const [era, setEra] = useState<UnitEra>(initial?.era === 'pre2025' ? 'pre2025' : '2025');
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(q.trim()), 300);
    return () => clearTimeout(timer);
  }, [q]);
  const list = useUnitList({
    page: 1,
    pageSize: 30,
    era,
    level: 'commune',
    q: debounced || undefined,
    provinceCode: era === '2025' ? (provinceCode ?? undefined) : undefined,
  });
  const items = list.data?.items ?? [];
  const options = [
    ...(initial && !items.some((u) => u.id === initial.id)
      ? [{ value: initial.id, label: initial.label }]
      : []),
    ...items.map((u) => ({
      value: u.id,
      label: [u.name, u.parentName, u.provinceName].filter(Boolean).join(', '),
    })),
  ];
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Radio.Group value={era} onChange={(e) => setEra(e.target.value as UnitEra)} optionType="button">
        <Radio.Button value="2025">2025</Radio.Button>
        <Radio.Button value="pre2025">&lt; 2025</Radio.Button>
      </Radio.Group>
      <Select
        id={id}
        showSearch
        allowClear
        filterOption={false}
        onSearch={setQ}
        value={value ?? undefined}
        onChange={(v: number | undefined) => onChange?.(v ?? null)}
        loading={list.isFetching}
        placeholder={label(tx.pickUnit)}
        notFoundContent={list.isFetching ? t('common.loading') : t('common.noMatch')}
        options={options}
        style={{ flex: 1, minWidth: 260 }}
        data-testid="unit-picker"
      />
    </Space.Compact>
  );
}
