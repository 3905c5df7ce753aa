import { Tag } from 'antd';
import {
  type EligibilityStatus,
  type EstablishmentStatus,
  eligibilityStatusLabels,
  establishmentStatusLabels,
} from '../../../../../shared/schemas/establishments.ts';
import { useLabel } from '../../../lib/i18n.tsx';

const eligColour: Record<EligibilityStatus, string> = {
  eligible: 'success',
  not_eligible: 'error',
  undetermined: 'warning',
};
const statusColour: Record<EstablishmentStatus, string> = {
  active: 'default',
  suspended: 'orange',
  closed: 'default',
};

export function EligibilityTag({ status }: { status: EligibilityStatus }) {
  const label = useLabel();
  return (
    <Tag color={eligColour[status]} data-testid="eligibility-tag">
      {label(eligibilityStatusLabels[status])}
    </Tag>
  );
}

export function StatusTag({ status }: { status: EstablishmentStatus }) {
  const label = useLabel();
  if (status === 'active') return null;
  return <Tag color={statusColour[status]}>{label(establishmentStatusLabels[status])}</Tag>;
}
