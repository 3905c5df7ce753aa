import { DatePicker, Tag } from 'antd';
import dayjs from 'dayjs';
import type { CertificateStatus, EntryStatus, RoundStatus } from '../../../../../shared/schemas/products.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { certificateStatusLabels, entryStatusLabels, roundStatusLabels } from '../text.ts';

/** A date field whose value is the API's yyyy-mm-dd string, shown as dd/mm/yyyy. */
export function DateInput({
  value,
  onChange,
  id,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  id?: string;
}) {
  return (
    <DatePicker
      id={id}
      format="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      style={{ width: '100%' }}
    />
  );
}

const roundColors: Record<RoundStatus, string> = {
  draft: 'default',
  registration: 'blue',
  scoring: 'gold',
  results: 'purple',
  recognised: 'green',
  closed: 'default',
};

export function RoundStatusTag({ status }: { status: RoundStatus }) {
  const label = useLabel();
  return <Tag color={roundColors[status]}>{label(roundStatusLabels[status])}</Tag>;
}

const entryColors: Record<EntryStatus, string> = {
  registered: 'blue',
  withdrawn: 'default',
  passed: 'green',
  failed: 'red',
  recognised: 'green',
};

export function EntryStatusTag({ status }: { status: EntryStatus }) {
  const label = useLabel();
  return <Tag color={entryColors[status]}>{label(entryStatusLabels[status])}</Tag>;
}

export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  const label = useLabel();
  return (
    <Tag color={status === 'valid' ? 'green' : status === 'expired' ? 'orange' : 'red'}>
      {label(certificateStatusLabels[status])}
    </Tag>
  );
}
