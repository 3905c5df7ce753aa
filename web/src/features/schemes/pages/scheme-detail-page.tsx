import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDate, formatVnd } from '../../../../../shared/format.ts';
import {
  type SchemeDto,
  schemeKindLabels,
  schemeLevelLabels,
} from '../../../../../shared/schemas/schemes.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { SchemeContractSection } from '../../contracts/components/scheme-contract-section.tsx';
import { useScheme } from '../api.ts';
import { SchemeAttachments } from '../components/scheme-attachments.tsx';
import { SchemeStateTag } from '../components/scheme-tags.tsx';
import { SchemeTimeline } from '../components/scheme-timeline.tsx';
import { SupportPanel } from '../components/support-panel.tsx';
import { TransitionButtons } from '../components/transition-buttons.tsx';
import { sourceLabels, tx } from '../text.ts';

function CostLines({ scheme }: { scheme: SchemeDto }) {
  const label = useLabel();
  const names = new Map((scheme.supportDetail?.items ?? []).map((i) => [i.itemCode, i.itemNameVi]));
  return (
    <Table
      size="small"
      rowKey="ref"
      pagination={false}
      dataSource={scheme.costLines}
      scroll={{ x: 900 }}
      columns={[
        { title: '#', dataIndex: 'ref', width: 40 },
        { title: label(tx.description), dataIndex: 'description' },
        { title: label(tx.item), width: 200, render: (_, l) => names.get(l.itemCode) ?? l.itemCode },
        { title: label(tx.unit), dataIndex: 'unit', width: 80 },
        { title: label(tx.qty), dataIndex: 'quantity', width: 80, align: 'right' },
        { title: label(tx.price), width: 150, align: 'right', render: (_, l) => formatVnd(l.unitPrice) },
        { title: label(tx.lineTotal), width: 160, align: 'right', render: (_, l) => formatVnd(l.total) },
        { title: label(tx.source), width: 130, render: (_, l) => label(sourceLabels[l.fundingSource]) },
      ]}
    />
  );
}

/** One scheme: its record, the support the rules allow and why, the dossier, and its whole life as a timeline. */
export function SchemeDetailPage() {
  const { id } = useParams();
  const label = useLabel();
  const navigate = useNavigate();
  const q = useScheme(id);
  if (q.error) return <QueryError error={q.error} retry={() => void q.refetch()} />;
  const s = q.data;
  if (!s) return null;
  return (
    <>
      <PageHeader
        title={`${s.code} · ${s.title}`}
        subtitle={
          <Space wrap>
            <SchemeStateTag state={s.state} />
            <Tag>{label(schemeLevelLabels[s.level])}</Tag>
            <Tag>{label(schemeKindLabels[s.kind])}</Tag>
            <span>{`${label(tx.year)} ${s.planYear}`}</span>
          </Space>
        }
        extra={
          <>
            {s.abilities.update ? (
              <Button
                icon={<EditOutlined />}
                onClick={() => navigate(`/admin/de-an/${s.id}/sua`)}
                data-testid="edit-scheme"
              >
                {label(tx.edit)}
              </Button>
            ) : null}
            <TransitionButtons scheme={s} />
            <Button
              icon={<DownloadOutlined />}
              href={`/api/schemes/${s.id}/document.docx`}
              data-testid="download-docx"
            >
              {label(tx.download)}
            </Button>
          </>
        }
      />
      {s.support.blocking && ['draft', 'returned'].includes(s.state) ? (
        <Alert type="warning" showIcon message={label(tx.blocking)} style={{ marginBottom: 16 }} />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, xxl: 2 }} bordered>
              <Descriptions.Item label={label(tx.implementer)}>{s.implementerName}</Descriptions.Item>
              <Descriptions.Item label={label(tx.owner)}>{s.ownerName}</Descriptions.Item>
              <Descriptions.Item label={label(tx.province)}>{s.provinceName}</Descriptions.Item>
              <Descriptions.Item label={label(tx.location)}>
                {[
                  s.address,
                  s.location
                    ? `${s.location.name}${s.location.era === 'pre2025' ? ' (trước 01/07/2025)' : ''}`
                    : null,
                ]
                  .filter(Boolean)
                  .join(', ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={label(tx.contents)} span={2}>
                {s.contents.map((c) => `${c.code} ${c.name}`).join('; ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={label(tx.beneficiaries)} span={2}>
                {s.beneficiariesLater
                  ? label(tx.beneficiariesLater)
                  : s.beneficiaries.map((b) => b.name).join('; ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={`${label(tx.start)} – ${label(tx.end)}`}>
                {`${formatDate(s.startDate) || '…'} – ${formatDate(s.endDate) || '…'}`}
              </Descriptions.Item>
              <Descriptions.Item label={label(tx.valueChain)}>{s.valueChain ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={label(tx.need)} span={2}>
                {s.need ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={label(tx.goals)} span={2}>
                {s.goals ?? '—'}
              </Descriptions.Item>
              {s.call ? (
                <Descriptions.Item label={label(tx.call)} span={2}>
                  {`${s.call.guidanceNumber} (${formatDate(s.call.guidanceDate)}) — ${label(tx.deadline)
                    .replace('{submission}', formatDate(s.call.submissionDeadline))
                    .replace('{registration}', formatDate(s.call.registrationDeadline) || '—')}`}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <SchemeContractSection scheme={s} />
          <Card title={label(tx.stepEstimate)} style={{ marginBottom: 16 }}>
            <CostLines scheme={s} />
            <div style={{ marginTop: 16 }}>
              <SupportPanel result={s.supportDetail} />
            </div>
          </Card>
          <Card title={label(tx.milestones)} style={{ marginBottom: 16 }}>
            {s.milestones.length ? (
              s.milestones.map((m) => (
                <div key={`${m.title}-${m.dueDate}`}>
                  <Typography.Text>{`${formatDate(m.dueDate)} — ${m.title}`}</Typography.Text>
                </div>
              ))
            ) : (
              <Typography.Text type="secondary">{label(tx.none)}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={label(tx.timeline)} style={{ marginBottom: 16 }}>
            <SchemeTimeline scheme={s} />
          </Card>
          <Card title={label(tx.attachments)} style={{ marginBottom: 16 }}>
            <SchemeAttachments scheme={s} />
          </Card>
          <Link to="/admin/de-an">← {label(tx.title)}</Link>
        </Col>
      </Row>
    </>
  );
}
