import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Popconfirm, Space, Spin, Tabs } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDate, formatVnd } from '../../../../../shared/format.ts';
import type { RoundAction, RoundDto } from '../../../../../shared/schemas/products.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useRound, useTransition } from '../api.ts';
import { CertificatesPanel } from '../components/certificates-panel.tsx';
import { ComplaintsPanel } from '../components/complaints-panel.tsx';
import { CouncilPanel } from '../components/council-panel.tsx';
import { EntriesPanel } from '../components/entries-panel.tsx';
import { RoundStatusTag } from '../components/fields.tsx';
import { ResultsPanel } from '../components/results-panel.tsx';
import { ScoringPanel } from '../components/scoring-panel.tsx';
import { fill, groupLabels, levelLabels, tx } from '../text.ts';

const actions: { action: RoundAction; ability: string }[] = [
  { action: 'open_registration', ability: 'openRegistration' },
  { action: 'start_scoring', ability: 'startScoring' },
  { action: 'publish_results', ability: 'publishResults' },
  { action: 'close', ability: 'close' },
];

function Info({ round }: { round: RoundDto }) {
  const label = useLabel();
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label={label(tx.code)}>{round.code}</Descriptions.Item>
      <Descriptions.Item label={label(tx.level)}>
        {label(levelLabels[round.level])} · {round.year}
      </Descriptions.Item>
      <Descriptions.Item label={label(tx.organiser)}>{round.organiserName}</Descriptions.Item>
      <Descriptions.Item label={round.regionName ? label(tx.region) : label(tx.province)}>
        {round.regionName
          ? `${round.regionName} (${round.regionProvinceCodes.join(', ')})`
          : (round.provinceName ?? '—')}
      </Descriptions.Item>
      <Descriptions.Item label={label(tx.window)}>
        {formatDate(round.registrationOpens)} – {formatDate(round.registrationCloses)}
      </Descriptions.Item>
      <Descriptions.Item label={label(tx.selectionDate)}>{formatDate(round.selectionDate)}</Descriptions.Item>
      <Descriptions.Item label={label(tx.groups)}>
        {round.groups.map((g) => label(groupLabels[g])).join('; ')}
      </Descriptions.Item>
      <Descriptions.Item label={label(tx.threshold)}>
        {round.passThreshold} · {label(tx.quorum)}: {round.quorumPercent}%
      </Descriptions.Item>
      <Descriptions.Item label={label(tx.prizes)} span={2}>
        {round.prizes.length
          ? round.prizes.map((p) => `${p.labelVi}: ${p.count} × ${formatVnd(p.amountVnd)}`).join('; ')
          : '—'}
      </Descriptions.Item>
      {round.resultsPublishedOn ? (
        <Descriptions.Item label={label(tx.publish_results)} span={2}>
          {formatDate(round.resultsPublishedOn)} ·{' '}
          {fill(label(tx.complaintUntil), { date: formatDate(round.complaintWindowEnds) })}
        </Descriptions.Item>
      ) : null}
      {round.decisionNumber ? (
        <Descriptions.Item label={label(tx.recognise)} span={2}>
          {round.decisionNumber} · {formatDate(round.decisionDate)} · {round.decisionSigner}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/** One round: its state and actions, then a tab per part of the work. */
export function RoundPage() {
  const { id = '' } = useParams();
  const label = useLabel();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [sp, setSp] = useSearchParams();
  const query = useRound(id);
  const transition = useTransition();
  if (query.error) return <QueryError error={query.error} retry={() => void query.refetch()} />;
  const round = query.data;
  if (!round) return <Spin />;
  const a = round.abilities;

  const run = async (action: RoundAction) => {
    try {
      await transition.mutateAsync({ id, action, version: round.version });
      feedback.success(fill(label(tx.done), { action: label(tx[action]) }));
    } catch (e) {
      feedback.error(e);
    }
  };

  const tabs = [
    { key: 'info', label: label(tx.tabInfo), children: <Info round={round} /> },
    { key: 'council', label: label(tx.tabCouncil), children: <CouncilPanel round={round} /> },
    { key: 'entries', label: label(tx.tabEntries), children: <EntriesPanel round={round} /> },
    ...(round.myMemberId
      ? [{ key: 'scoring', label: label(tx.tabScoring), children: <ScoringPanel round={round} /> }]
      : []),
    ...(a.viewResults
      ? [{ key: 'results', label: label(tx.tabResults), children: <ResultsPanel round={round} /> }]
      : []),
    { key: 'certificates', label: label(tx.tabCertificates), children: <CertificatesPanel round={round} /> },
    { key: 'complaints', label: label(tx.tabComplaints), children: <ComplaintsPanel round={round} /> },
  ];

  return (
    <>
      <PageHeader
        title={round.name}
        subtitle={
          <Space>
            <RoundStatusTag status={round.status} />
            {label(levelLabels[round.level])} {round.year}
          </Space>
        }
        extra={
          <>
            {a.update ? (
              <Button icon={<EditOutlined />} onClick={() => navigate('sua')}>
                {label(tx.edit)}
              </Button>
            ) : null}
            {actions
              .filter((x) => a[x.ability])
              .map((x) => (
                <Popconfirm
                  key={x.action}
                  title={fill(label(tx.confirm), { action: label(tx[x.action]) })}
                  onConfirm={() => run(x.action)}
                >
                  <Button type="primary" loading={transition.isPending} data-testid={`action-${x.action}`}>
                    {label(tx[x.action])}
                  </Button>
                </Popconfirm>
              ))}
          </>
        }
      />
      <Tabs
        activeKey={sp.get('tab') ?? 'info'}
        onChange={(tab) => setSp({ tab }, { replace: true })}
        items={tabs}
        destroyOnHidden
      />
    </>
  );
}
