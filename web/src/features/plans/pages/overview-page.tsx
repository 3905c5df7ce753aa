import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, InputNumber, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatVnd } from '../../../../../shared/format.ts';
import { planStateLabels } from '../../../../../shared/schemas/plans.ts';
import { useMe } from '../../../app/session.tsx';
import { useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { QueryError } from '../../../ui/query-error.tsx';
import { useCouncils, usePlans } from '../api.ts';
import { NewCouncilModal } from '../components/new-council-modal.tsx';
import { NewPlanModal } from '../components/new-plan-modal.tsx';
import { planStateColors, tx } from '../text.ts';

/** The year at a glance: its councils with their progress and its plans with envelope, committed and available. */
export function OverviewPage() {
  const label = useLabel();
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const [creating, setCreating] = useState(false);
  const [creatingCouncil, setCreatingCouncil] = useState(false);
  const permissions = useMe().permissions;
  const canCreate = permissions['plans.create'] === true;
  const councils = useCouncils(year);
  const plans = usePlans(year);
  const error = councils.error ?? plans.error;
  return (
    <>
      <PageHeader
        title={label(tx.title)}
        subtitle={label(tx.subtitle)}
        extra={
          <Space>
            <Typography.Text>{label(tx.year)}</Typography.Text>
            <InputNumber
              value={year}
              min={2000}
              max={2100}
              onChange={(v) => v && setYear(v)}
              data-testid="overview-year"
            />
          </Space>
        }
      />
      {error ? <QueryError error={error} /> : null}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card
            title={label(tx.councils)}
            style={{ marginBottom: 16 }}
            extra={
              permissions['councils.create'] ? (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => setCreatingCouncil(true)}
                  data-testid="new-council"
                >
                  {label(tx.newCouncil)}
                </Button>
              ) : null
            }
          >
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              loading={councils.isLoading}
              dataSource={councils.data ?? []}
              locale={{ emptyText: label(tx.none) }}
              columns={[
                {
                  title: label(tx.councils),
                  render: (_, c) => (
                    <Link to={`hoi-dong/${c.id}`} data-testid="council-link">
                      {c.name}
                    </Link>
                  ),
                },
                {
                  title: label(tx.level),
                  width: 90,
                  render: (_, c) => label(c.level === 'agency' ? tx.agencyLevel : tx.provinceLevel),
                },
                { title: label(tx.schemes), dataIndex: 'schemeCount', width: 80, align: 'right' },
                {
                  title: label(tx.state),
                  width: 120,
                  render: (_, c) => (
                    <Tag color={c.state === 'open' ? 'processing' : 'default'}>
                      {label(c.state === 'open' ? tx.open : tx.closed)}
                    </Tag>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            title={label(tx.plans)}
            style={{ marginBottom: 16 }}
            extra={
              canCreate ? (
                <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-plan">
                  {label(tx.newPlan)}
                </Button>
              ) : null
            }
          >
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              loading={plans.isLoading}
              dataSource={plans.data ?? []}
              locale={{ emptyText: label(tx.none) }}
              columns={[
                {
                  title: label(tx.plans),
                  render: (_, p) => (
                    <Link to={`ke-hoach/${p.id}`} data-testid="plan-link">
                      {p.title}
                    </Link>
                  ),
                },
                {
                  title: label(tx.envelope),
                  width: 150,
                  align: 'right',
                  render: (_, p) => formatVnd(p.envelope),
                },
                {
                  title: label(tx.available),
                  width: 150,
                  align: 'right',
                  render: (_, p) => formatVnd(p.balances[0]?.available ?? '0'),
                },
                {
                  title: label(tx.state),
                  width: 130,
                  render: (_, p) => (
                    <Tag color={planStateColors[p.state]}>{label(planStateLabels[p.state])}</Tag>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {creatingCouncil ? <NewCouncilModal year={year} onClose={() => setCreatingCouncil(false)} /> : null}
      {creating ? <NewPlanModal year={year} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
