import { Table } from 'antd';
import { formatInteger } from '../../../../../shared/format.ts';
import {
  countFigures,
  figureKeys,
  figureLabels,
  type ReportFigures,
  type ReportRow,
} from '../../../../../shared/schemas/reports.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { rt } from '../reports-text.ts';

/** One breakdown of a report: a row per province, content, industry or source, every figure to the đồng. */
export function FiguresTable({
  rows,
  totals,
  testId,
}: {
  rows: ReportRow[];
  totals?: ReportFigures;
  testId?: string;
}) {
  const label = useLabel();
  const data = totals ? [...rows, { key: '__total', label: label(rt.totals), ...totals }] : rows;
  return (
    <Table<ReportRow>
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: 1800 }}
      data-testid={testId}
      dataSource={data}
      rowClassName={(r) => (r.key === '__total' ? 'kc-total-row' : '')}
      columns={[
        {
          title: label(rt.item),
          dataIndex: 'label',
          fixed: 'left',
          width: 260,
          render: (v: string, r) => (r.key === '__total' ? <strong>{v}</strong> : v),
        },
        ...figureKeys.map((k) => ({
          title: label(figureLabels[k]),
          key: k,
          align: 'right' as const,
          width: countFigures.has(k) ? 90 : 150,
          render: (_: unknown, r: ReportRow) => formatInteger(r[k]),
        })),
      ]}
    />
  );
}
