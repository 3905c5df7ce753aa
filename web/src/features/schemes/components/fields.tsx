import { DatePicker, InputNumber } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';

/** A date field whose value is the API's yyyy-mm-dd string, shown as dd/mm/yyyy. */
export function IsoDateInput({
  value,
  onChange,
  id,
  style,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  id?: string;
  style?: CSSProperties;
}) {
  return (
    <DatePicker
      id={id}
      format="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      style={style}
    />
  );
}

const group = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Integer đồng as a string (exact beyond 2^53), typed with thousands dots. */
export function MoneyInput({
  value,
  onChange,
  id,
  style,
}: {
  value?: string | null;
  onChange?: (v: string) => void;
  id?: string;
  style?: CSSProperties;
}) {
  return (
    <InputNumber<string>
      id={id}
      stringMode
      min="0"
      step="1000"
      precision={0}
      value={value ?? undefined}
      formatter={(v) => group(String(v ?? '').replace(/\D/g, ''))}
      parser={(v) => (v ?? '').replace(/\D/g, '')}
      onChange={(v) => onChange?.(v ? String(v) : '0')}
      style={{ width: '100%', ...style }}
    />
  );
}

/** total = quantity × unit price rounded to the đồng, the way the server checks it. */
export function lineTotal(quantity: number | null | undefined, unitPrice: string | null | undefined): string {
  if (!quantity || !unitPrice || !/^\d+$/.test(unitPrice)) return '0';
  return String((BigInt(Math.round(quantity * 1000)) * BigInt(unitPrice) + 500n) / 1000n);
}
