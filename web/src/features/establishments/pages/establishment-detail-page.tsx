import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Input, Popconfirm, Row, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../../../../shared/format.ts';
import {
  establishmentStatusLabels,
  revenueBandLabels,
} from '../../../../../shared/schemas/establishments.ts';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useFeedback } from '../../../ui/use-feedback.ts';
import { useDeleteEstablishment, useEstablishment } from '../api.ts';
import { EligibilityCard } from '../components/eligibility-card.tsx';
import { EstablishmentProducts, EstablishmentSchemes } from '../components/establishment-links.tsx';
import { tx } from '../text.ts';

/** One establishment: its record and whether (and why) it may be supported, with the legal basis. */
export function EstablishmentDetailPage() {
  const { id } = useParams();
  const label = useLabel();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const query = useEstablishment(id);
  const del = useDeleteEstablishment();
  const [reason, setReason] = useState('');
  if (query.error) return <QueryError error={query.error} retry={() => void query.refetch()} />;
  const e = query.data;
  if (!e) return <Skeleton active />;
  const yn = (b: boolean) => label(b ? tx.yes : tx.no);
  return (
    <>
      <PageHeader
        title={e.name}
        subtitle={
          <Link to="/admin/co-so">
            <ArrowLeftOutlined /> {label(tx.back)}
          </Link>
        }
        extra={
          <Space>
            {e.abilities.update ? (
              <Button
                icon={<EditOutlined />}
                onClick={() => navigate(`/admin/co-so/${e.id}/sua`)}
                data-testid="edit"
              >
                {label(tx.edit)}
              </Button>
            ) : null}
            {e.abilities.delete ? (
              <Popconfirm
                title={label(tx.deleteConfirm)}
                description={
                  <Input
                    placeholder={label(tx.reasons)}
                    value={reason}
                    onChange={(x) => setReason(x.target.value)}
                  />
                }
                onConfirm={async () => {
                  try {
                    await del.mutateAsync({ id: e.id, version: e.version, reason: reason || undefined });
                    feedback.success(label(tx.deleted));
                    navigate('/admin/co-so');
                  } catch (err) {
                    feedback.error(err);
                  }
                }}
              >
                <Button danger icon={<DeleteOutlined />}>
                  {label(tx.delete)}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={label(tx.general)}>
            <Descriptions
              column={1}
              size="small"
              bordered
              labelStyle={{ width: 170 }}
              contentStyle={{ wordBreak: 'break-word' }}
            >
              <Descriptions.Item label={label(tx.kind)}>{e.kindLabel}</Descriptions.Item>
              <Descriptions.Item label={label(tx.code)}>{e.registrationCode ?? ''}</Descriptions.Item>
              <Descriptions.Item label={label(tx.representative)}>{e.representative ?? ''}</Descriptions.Item>
              <Descriptions.Item label={label(tx.phone)}>{e.phone ?? ''}</Descriptions.Item>
              <Descriptions.Item label={label(tx.email)}>{e.email ?? ''}</Descriptions.Item>
              <Descriptions.Item label={label(tx.address)}>
                {[e.address, e.unit.label].filter(Boolean).join(', ')}
              </Descriptions.Item>
              <Descriptions.Item label={label(tx.province)}>
                {e.provinceName ?? e.provinceCode}
              </Descriptions.Item>
              <Descriptions.Item label={label(tx.craftVillage)}>{e.craftVillage ?? ''}</Descriptions.Item>
              <Descriptions.Item label={label(tx.industries)}>
                {e.industryNames.map((i) => (
                  <Tag key={i.code} style={{ whiteSpace: 'normal', marginBottom: 4 }}>
                    {`${i.code} — ${i.name}`}
                  </Tag>
                ))}
              </Descriptions.Item>
              <Descriptions.Item label={label(tx.products)}>{e.products ?? ''}</Descriptions.Item>
              <Descriptions.Item label={label(tx.workforce)}>{e.workforce ?? ''}</Descriptions.Item>
              <Descriptions.Item label={label(tx.revenue)}>
                {e.revenueBand ? label(revenueBandLabels[e.revenueBand]) : ''}
              </Descriptions.Item>
              <Descriptions.Item label={label(tx.founded)}>{e.foundedYear ?? ''}</Descriptions.Item>
              <Descriptions.Item label={label(tx.womanOwned)}>{yn(e.womanOwned)}</Descriptions.Item>
              <Descriptions.Item label={label(tx.ethnicOwned)}>{yn(e.ethnicMinorityOwned)}</Descriptions.Item>
              <Descriptions.Item label={label(tx.cleaner)}>{yn(e.cleanerProduction)}</Descriptions.Item>
              <Descriptions.Item label={label(tx.status)}>
                {label(establishmentStatusLabels[e.status])}
              </Descriptions.Item>
              <Descriptions.Item label={label(tx.updated)}>{formatDateTime(e.updatedAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <EligibilityCard est={e} />
        </Col>
        <Col xs={24} xl={14}>
          <EstablishmentSchemes id={e.id} />
        </Col>
        <Col xs={24} xl={10}>
          <EstablishmentProducts id={e.id} />
        </Col>
      </Row>
    </>
  );
}
