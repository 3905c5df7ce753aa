import { Select } from 'antd';
import type { CSSProperties } from 'react';
import type { UnitEra } from '../../../shared/schemas/reference.ts';
import { useProvinces } from '../features/units/api.ts';
import { useI18n } from '../lib/i18n.tsx';

type Props = {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  era?: UnitEra;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
};

/** Picks a province by name (typing "ha noi" finds "Hà Nội"); the value is its 2-digit code. */
export function ProvinceSelect({
  value,
  onChange,
  era = '2025',
  placeholder,
  allowClear = true,
  disabled,
  style,
  id,
}: Props) {
  const { t } = useI18n();
  const provinces = useProvinces(era);
  return (
    <Select
      id={id}
      showSearch
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder ?? t('units.pickProvince')}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      loading={provinces.isLoading}
      optionFilterProp="label"
      filterOption={(input, option) => fold(String(option?.label ?? '')).includes(fold(input))}
      options={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
      style={{ minWidth: 200, ...style }}
    />
  );
}

/** Lower case without diacritics (đ → d), for matching typed text against names on the client. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
