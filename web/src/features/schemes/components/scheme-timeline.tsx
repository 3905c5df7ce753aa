import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../../../shared/format.ts';
import { type Role, roleLabels } from '../../../../../shared/schemas/identity.ts';
import {
  type SchemeDto,
  schemeActionLabels,
  schemeLifecycleLabels,
  schemeStateLabels,
} from '../../../../../shared/schemas/schemes.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { tx } from '../text.ts';

const actionLabels = { ...schemeActionLabels, ...schemeLifecycleLabels };

/** The whole life of the scheme: created, edited, and every workflow step with who, when and why. */
export function SchemeTimeline({ scheme }: { scheme: SchemeDto }) {
  const label = useLabel();
  return (
    <Timeline
      data-testid="timeline"
      items={scheme.timeline.map((e) => ({
        color:
          e.toState === 'rejected'
            ? 'red'
            : e.toState === 'returned'
              ? 'orange'
              : e.toState === 'approved' || e.toState === 'settled'
                ? 'green'
                : e.toState === 'stopped'
                  ? 'gray'
                  : 'blue',
        children: (
          <div>
            <Typography.Text strong>
              {e.action
                ? label(actionLabels[e.action])
                : label(e.kind === 'created' ? tx.created : tx.edited)}
            </Typography.Text>
            {' → '}
            {label(schemeStateLabels[e.toState])}
            <div>
              <Typography.Text type="secondary">
                {`${formatDateTime(e.at)} · ${e.actorName ?? ''}${e.actorRole ? ` (${label(roleLabels[e.actorRole as Role] ?? { vi: e.actorRole, en: e.actorRole })})` : ''} · v${e.version}`}
              </Typography.Text>
            </div>
            {e.comment ? <div>{`“${e.comment}”`}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
