import { Button, Card, Descriptions, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { formatDateTime } from '../../../../../shared/format.ts';
import {
  type Conclusion,
  type CouncilSchemeRow,
  conclusionLabels,
  memberRoleLabels,
} from '../../../../../shared/schemas/councils.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useCouncil, useCouncilAction } from '../api.ts';
import { ScoreModal } from '../components/score-modal.tsx';
import { tx } from '../text.ts';

const progressColors = {
  done: 'success',
  pending: 'warning',
  conflict: 'error',
  unassigned: 'default',
} as const;

/** A council round: members, per-member progress on each scheme, averages, spread, history, conclusions. */
export function CouncilPage() {
  const { id = '' } = useParams();
  const label = useLabel();
  const me = useMe().user.id;
  const q = useCouncil(id);
  const fb = useFeedback();
  const conflict = useCouncilAction<{ schemeId: string; conflict: boolean; note: string }>(id, '/conflicts');
  const conclude = useCouncilAction<{ schemeId: string; conclusion: Conclusion; version: number }>(
    id,
    '/conclusions',
  );
  const assign = useCouncilAction<object>(id, '/assignments');
  const close = useCouncilAction<{ version: number }>(id, '/close');
  const [scoring, setScoring] = useState<CouncilSchemeRow | null>(null);
  const [note, setNote] = useState('');
  const [choice, setChoice] = useState<Record<string, Conclusion>>({});
  if (q.error) return <QueryError error={q.error} retry={() => void q.refetch()} />;
  const c = q.data;
  if (!c) return null;
  const done = { onSuccess: () => fb.success(label(tx.saved)), onError: (e: unknown) => fb.error(e) };
  const progress = (s: CouncilSchemeRow, userId: string) => {
    const p = s.progress[userId] ?? 'unassigned';
    return (
      <Tag color={progressColors[p]}>
        {label(
          p === 'done'
            ? tx.done
            : p === 'pending'
              ? tx.pending
              : p === 'conflict'
                ? tx.conflicted
                : tx.unassigned,
        )}
      </Tag>
    );
  };
  return (
    <>
      <PageHeader
        title={c.name}
        subtitle={
          <Space wrap>
            <Tag color={c.state === 'open' ? 'processing' : 'default'} data-testid="council-state">
              {label(c.state === 'open' ? tx.open : tx.closed)}
            </Tag>
            <span>{`${c.sheet.name} — ${c.sheet.citation}`}</span>
          </Space>
        }
        extra={
          <>
            {c.abilities.manage ? (
              <Button onClick={() => assign.mutate({}, done)}>{label(tx.bulkAssign)}</Button>
            ) : null}
            {c.abilities.close ? (
              <Popconfirm
                title={label(tx.close)}
                onConfirm={() => close.mutate({ version: c.version }, done)}
              >
                <Button danger data-testid="council-close">
                  {label(tx.close)}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, lg: 3 }}>
          {c.members.map((m) => (
            <Descriptions.Item key={m.userId} label={label(memberRoleLabels[m.role])}>
              {m.fullName}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      <Table
        rowKey="schemeId"
        size="small"
        pagination={false}
        dataSource={c.schemes}
        scroll={{ x: 1500 }}
        data-testid="council-schemes"
        expandable={{
          expandedRowRender: (s) => (
            <Table
              size="small"
              rowKey={(x) => `${x.userId}-${x.revision}`}
              pagination={false}
              dataSource={s.scores}
              columns={[
                { title: label(tx.members), dataIndex: 'fullName' },
                { title: 'Lần', dataIndex: 'revision', width: 60 },
                { title: label(tx.total), dataIndex: 'total', width: 90 },
                { title: label(tx.rationale), dataIndex: 'rationale' },
                { title: label(tx.at), width: 150, render: (_, x) => formatDateTime(x.at) },
              ]}
            />
          ),
        }}
        columns={[
          { title: label(tx.code), dataIndex: 'code', width: 160, fixed: 'left' as const },
          { title: label(tx.name), dataIndex: 'title', width: 340 },
          ...c.members
            .filter((m) => m.role !== 'secretary')
            .map((m) => ({
              title: m.fullName,
              width: 120,
              render: (_: unknown, s: CouncilSchemeRow) => progress(s, m.userId),
            })),
          {
            title: label(tx.average),
            dataIndex: 'average',
            width: 80,
            render: (v: number | null) => v ?? '—',
          },
          { title: label(tx.spread), dataIndex: 'spread', width: 80, render: (v: number | null) => v ?? '—' },
          {
            title: label(tx.conclusion),
            width: 260,
            render: (_: unknown, s: CouncilSchemeRow) =>
              s.conclusion ? (
                <Tag color={s.conclusion === 'fail' ? 'error' : 'success'} data-testid="conclusion">
                  {label(conclusionLabels[s.conclusion])}
                </Tag>
              ) : c.abilities.conclude ? (
                <Space.Compact>
                  <Select<Conclusion>
                    size="small"
                    style={{ width: 150 }}
                    placeholder={label(tx.conclusion)}
                    value={choice[s.schemeId]}
                    onChange={(v) => setChoice({ ...choice, [s.schemeId]: v })}
                    data-testid="conclusion-select"
                    options={(['pass', 'pass_with_conditions', 'fail'] as const).map((k) => ({
                      value: k,
                      label: label(conclusionLabels[k]),
                    }))}
                  />
                  <Button
                    size="small"
                    disabled={!choice[s.schemeId]}
                    onClick={() =>
                      conclude.mutate(
                        { schemeId: s.schemeId, conclusion: choice[s.schemeId]!, version: s.version },
                        done,
                      )
                    }
                    data-testid="conclude"
                  >
                    {label(tx.conclude)}
                  </Button>
                </Space.Compact>
              ) : (
                '—'
              ),
          },
          {
            title: '',
            width: 230,
            render: (_: unknown, s: CouncilSchemeRow) =>
              c.abilities.score && me && s.progress[me] && s.progress[me] !== 'conflict' ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => setScoring(s)} data-testid="score">
                    {label(s.progress[me] === 'done' ? tx.rescore : tx.score)}
                  </Button>
                  <Popconfirm
                    title={
                      <Input.TextArea
                        rows={2}
                        placeholder={label(tx.conflictNote)}
                        value={note}
                        onChange={(e) => setNote(e.target.value)}
                        data-testid="conflict-note"
                      />
                    }
                    onConfirm={() => conflict.mutate({ schemeId: s.schemeId, conflict: true, note }, done)}
                  >
                    <Button size="small" danger data-testid="declare-conflict">
                      {label(tx.conflict)}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : me && s.progress[me] === 'conflict' ? (
                <Typography.Text type="danger">{label(tx.conflicted)}</Typography.Text>
              ) : null,
          },
        ]}
      />
      {scoring ? <ScoreModal council={c} row={scoring} onClose={() => setScoring(null)} /> : null}
    </>
  );
}
