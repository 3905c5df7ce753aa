import { Alert, Button, Descriptions, Drawer, List, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../../../shared/format.ts';
import type { PortalItemDto, RevisionDto } from '../../../../../shared/schemas/portal.ts';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useCompare, useRestore, useRevisions } from '../api.ts';
import { usePortalText } from '../labels.ts';
import { StatusTag } from './workflow-actions.tsx';

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map(show).join(', ') : '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

const lineStyle = {
  same: { color: '#555' },
  add: { background: '#e6ffed', color: '#135200' },
  del: { background: '#ffeef0', color: '#a8071a', textDecoration: 'line-through' },
} as const;

function Comparison({ itemId, pair }: { itemId: string; pair: { from: number; to: number } }) {
  const p = usePortalText();
  const cmp = useCompare(itemId, pair);
  if (cmp.error) return <QueryError error={cmp.error} />;
  if (!cmp.data) return null;
  const fields = cmp.data.changes.filter((c) => c.field !== 'bodyHtml');
  return (
    <div style={{ marginTop: 16 }}>
      <Typography.Title level={5}>
        {p('compare')}: {p('revision', { n: pair.from })} → {p('revision', { n: pair.to })}
      </Typography.Title>
      {fields.length === 0 && cmp.data.bodyDiff.every((l) => l.op === 'same') ? (
        <Alert type="info" message={p('noChanges')} />
      ) : null}
      {fields.length ? (
        <Descriptions size="small" column={1} bordered title={p('changes')}>
          {fields.map((c) => (
            <Descriptions.Item key={c.field} label={c.field}>
              <span style={lineStyle.del}>{show(c.before)}</span> →{' '}
              <span style={lineStyle.add}>{show(c.after)}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : null}
      {cmp.data.bodyDiff.some((l) => l.op !== 'same') ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {p('bodyChanges')}
          </Typography.Title>
          <div
            data-testid="body-diff"
            style={{ border: '1px solid #eee', padding: 8, maxHeight: 320, overflow: 'auto' }}
          >
            {cmp.data.bodyDiff.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: diff lines have no identity but their position.
              <div key={i} style={lineStyle[l.op]}>
                {l.op === 'add' ? '+ ' : l.op === 'del' ? '− ' : '  '}
                {l.text}
              </div>
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}

/** Every saved version of an item: compare any with the one before, restore one as a new version. */
export function RevisionsDrawer({
  item,
  open,
  onClose,
}: {
  item: PortalItemDto;
  open: boolean;
  onClose: () => void;
}) {
  const p = usePortalText();
  const feedback = useFeedback();
  const revisions = useRevisions(item.id, open);
  const restore = useRestore();
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);

  const doRestore = (r: RevisionDto) =>
    Modal.confirm({
      title: p('restore'),
      content: p('restoreConfirm', { n: r.revision }),
      onOk: () =>
        restore.mutateAsync(
          { id: item.id, revision: r.revision, version: item.version },
          {
            onSuccess: () => feedback.success(p('restored', { n: r.revision })),
            onError: (e) => feedback.error(e),
          },
        ),
    });

  return (
    <Drawer open={open} onClose={onClose} width={720} title={p('history')} destroyOnHidden>
      {revisions.error ? <QueryError error={revisions.error} retry={() => void revisions.refetch()} /> : null}
      <List<RevisionDto>
        loading={revisions.isFetching}
        dataSource={revisions.data}
        renderItem={(r, i) => {
          const previous = revisions.data?.[i + 1];
          return (
            <List.Item
              actions={[
                previous ? (
                  <Button
                    key="cmp"
                    size="small"
                    onClick={() => setPair({ from: previous.revision, to: r.revision })}
                  >
                    {p('compareWithPrevious')}
                  </Button>
                ) : null,
                item.abilities.restore && r.revision !== item.version ? (
                  <Button key="restore" size="small" onClick={() => doRestore(r)}>
                    {p('restore')}
                  </Button>
                ) : null,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space>
                    {p('revision', { n: r.revision })}
                    <StatusTag item={{ status: r.status, scheduled: false, publishedAt: null }} />
                    <Typography.Text type="secondary">{r.action}</Typography.Text>
                  </Space>
                }
                description={`${r.actorName} · ${formatDateTime(r.createdAt)} · ${r.title}`}
              />
            </List.Item>
          );
        }}
      />
      {pair ? <Comparison itemId={item.id} pair={pair} /> : null}
    </Drawer>
  );
}
