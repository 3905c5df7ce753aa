import { Tag } from 'antd';
import { type ReportState, reportStateLabels } from '../../../../../shared/schemas/reports.ts';
import { useLabel } from '../../../lib/i18n.tsx';

const colours: Record<ReportState, string> = {
  generating: 'processing',
  draft: 'default',
  failed: 'error',
  submitted: 'success',
  superseded: 'warning',
};

export function ReportStateTag({ state }: { state: ReportState }) {
  const label = useLabel();
  return (
    <Tag color={colours[state]} data-testid="report-state">
      {label(reportStateLabels[state])}
    </Tag>
  );
}
