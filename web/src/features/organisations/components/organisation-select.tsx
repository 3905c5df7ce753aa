import { Select } from 'antd';
import { type CSSProperties, useEffect, useMemo, useState } from 'react';
import type { OrganisationDto, OrgKind } from '../../../../../shared/schemas/identity.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useOrganisation, useOrganisationList } from '../api.ts';

/** What a form needs to know about the chosen organisation (its kind decides the roles on offer). */
export type OrganisationRef = { id: string; name: string; kind?: OrgKind; provinceName: string | null };

type Props = {
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** Called with the chosen organisation, or undefined when cleared. */
  onPick?: (org: OrganisationRef | undefined) => void;
  /** Shown before the user searches, e.g. the record's current organisation. */
  initial?: OrganisationRef;
  kind?: OrgKind;
  provinceCode?: string;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
};

const toRef = (o: OrganisationDto): OrganisationRef => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  provinceName: o.provinceName,
});

/** Searches organisations on the server as the user types (diacritics optional). */
export function OrganisationSelect(props: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(q.trim()), 300);
    return () => clearTimeout(timer);
  }, [q]);
  const list = useOrganisationList(
    { page: 1, pageSize: 20, q: debounced || undefined, kind: props.kind, provinceCode: props.provinceCode },
    open || Boolean(debounced),
  );
  // A value from the URL or the record, before any search: fetch its name so the box shows it.
  const listed =
    (list.data?.items ?? []).some((o) => o.id === props.value) || props.initial?.id === props.value;
  const current = useOrganisation(props.value && !listed ? props.value : undefined);
  const refs = useMemo(() => {
    const found = (list.data?.items ?? []).map(toRef);
    for (const extra of [props.initial, current.data ? toRef(current.data) : undefined]) {
      if (extra && !found.some((o) => o.id === extra.id)) found.unshift(extra);
    }
    return found;
  }, [list.data, props.initial, current.data]);

  return (
    <Select
      id={props.id}
      showSearch
      filterOption={false}
      allowClear={props.allowClear}
      disabled={props.disabled}
      placeholder={props.placeholder ?? t('organisations.pick')}
      value={props.value}
      onSearch={setQ}
      onOpenChange={setOpen}
      loading={list.isFetching}
      notFoundContent={list.isFetching ? t('common.loading') : t('common.noMatch')}
      style={props.style}
      options={refs.map((o) => ({
        value: o.id,
        label: o.provinceName ? `${o.name} — ${o.provinceName}` : o.name,
      }))}
      onChange={(id: string | undefined) => {
        props.onChange?.(id);
        props.onPick?.(refs.find((o) => o.id === id));
      }}
    />
  );
}
