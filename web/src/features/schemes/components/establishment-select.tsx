import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { useEstablishmentOptions } from '../api.ts';

type Props = {
  provinceCode: string | undefined;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Names of already chosen establishments (from the record), shown before any search. */
  initial?: { id: string; name: string }[];
  id?: string;
};

/** Establishments of the scheme's province from the register, searched on the server (diacritics optional). */
export function EstablishmentSelect({ provinceCode, value, onChange, initial = [], id }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(q.trim()), 300);
    return () => clearTimeout(timer);
  }, [q]);
  const list = useEstablishmentOptions(provinceCode, debounced);
  const options = [
    ...initial
      .filter((i) => !(list.data ?? []).some((e) => e.id === i.id))
      .map((i) => ({ value: i.id, label: i.name })),
    ...(list.data ?? []).map((e) => ({
      value: e.id,
      label: `${e.name}${e.registrationCode ? ` (${e.registrationCode})` : ''} — ${e.unit.label}`,
    })),
  ];
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={value}
      onChange={(ids: string[]) => onChange?.(ids)}
      loading={list.isFetching}
      disabled={!provinceCode}
      notFoundContent={list.isFetching ? t('common.loading') : t('common.noMatch')}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
