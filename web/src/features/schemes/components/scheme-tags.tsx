import { Tag } from 'antd';
import { type SchemeState, schemeStateLabels } from '../../../../../shared/schemas/schemes.ts';
import { useLabel } from '../../../lib/i18n.tsx';

const colours: Record<SchemeState, string> = {
  draft: 'default',
  submitted: 'processing',
  province_appraised: 'cyan',
  registered: 'geekblue',
  agency_appraised: 'purple',
  approved: 'success',
  returned: 'warning',
  rejected: 'error',
  withdrawn: 'default',
  assigned: 'lime',
  contracted: 'blue',
  implementing: 'processing',
  accepted: 'green',
  settled: 'success',
  stopped: 'default',
};

export function SchemeStateTag({ state }: { state: SchemeState }) {
  const label = useLabel();
  return (
    <Tag color={colours[state]} data-state={state}>
      {label(schemeStateLabels[state])}
    </Tag>
  );
}
