import { Descriptions, Table, Typography } from 'antd';
import type { AuditEntryDto } from '../../../../../shared/schemas/audit.ts';
import { useI18n } from '../../../lib/i18n.tsx';

type Change = { key: string; before: unknown; after: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Bookkeeping columns that change on every write and say nothing to the reader. */
const NOISE = new Set(['version', 'updatedAt']);

/** The keys whose values differ between the two snapshots (all keys when one side is missing). */
export function changedKeys(before: unknown, after: unknown): Change[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changes = keys.filter((k) => !same(b[k], a[k])).map((k) => ({ key: k, before: b[k], after: a[k] }));
  const meaningful = changes.filter((c) => !NOISE.has(c.key));
  return meaningful.length ? meaningful : changes;
}

function Value({ value }: { value: unknown }) {
  if (value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (value === null) return <Typography.Text type="secondary">null</Typography.Text>;
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return (
    <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {text}
    </Typography.Text>
  );
}

/** Expanded row of the audit viewer: what changed, before and after, plus the request's context. */
export function AuditDiff({ entry }: { entry: AuditEntryDto }) {
  const { t } = useI18n();
  const changes = changedKeys(entry.before, entry.after);
  const hasSnapshots = isRecord(entry.before) || isRecord(entry.after);
  return (
    <div className="audit-diff">
      {hasSnapshots ? (
        <Table<Change>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={changes}
          locale={{ emptyText: t('audit.noChanges') }}
          columns={[
            { key: 'key', title: t('audit.diff.field'), dataIndex: 'key', width: 200 },
            { key: 'before', title: t('audit.diff.before'), render: (_, c) => <Value value={c.before} /> },
            { key: 'after', title: t('audit.diff.after'), render: (_, c) => <Value value={c.after} /> },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('audit.noSnapshot')}</Typography.Text>
      )}
      {entry.meta && Object.keys(entry.meta).length ? (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }} title={t('audit.meta')}>
          {Object.entries(entry.meta).map(([k, v]) => (
            <Descriptions.Item key={k} label={k}>
              <Value value={v} />
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : null}
    </div>
  );
}
