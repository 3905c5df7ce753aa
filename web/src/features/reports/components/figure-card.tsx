import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatVnd } from '../../../../../shared/format.ts';

type Props = { title: string; value: string; note?: ReactNode; to: string; testId: string; danger?: boolean };

/** One figure of the dashboard: the amount in đồng, a line under it, the whole card a link to its list. */
export function FigureCard({ title, value, note, to, testId, danger }: Props) {
  return (
    <Link to={to} data-testid={testId} aria-label={title}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Statistic
          title={title}
          value={formatVnd(value)}
          valueStyle={{ fontSize: 18, whiteSpace: 'nowrap', color: danger ? '#cf1322' : undefined }}
        />
        {note ? <Typography.Text type="secondary">{note}</Typography.Text> : null}
      </Card>
    </Link>
  );
}
