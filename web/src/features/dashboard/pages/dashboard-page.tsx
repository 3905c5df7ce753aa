import {
  ApartmentOutlined,
  BankOutlined,
  BarChartOutlined,
  EnvironmentOutlined,
  HistoryOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Col, List, Row, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime, formatInteger } from '../../../../../shared/format.ts';
import { roleLabels } from '../../../../../shared/schemas/identity.ts';
import { useMe, useSession } from '../../../app/session.tsx';
import { useI18n, useLabel } from '../../../lib/i18n.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { useErrorText } from '../../../ui/use-feedback.ts';
import { useAuditList } from '../../audit/api.ts';
import { ix } from '../../reports/indicators-text.ts';
import { useProvinces } from '../../units/api.ts';
import { useCount } from '../api.ts';

type StatProps = {
  title: string;
  icon: ReactNode;
  query: Pick<UseQueryResult<number>, 'data' | 'isLoading' | 'error'>;
  to?: string;
};

function Stat({ title, icon, query, to }: StatProps) {
  const errorText = useErrorText();
  const body = (
    <Card hoverable={Boolean(to)}>
      <Statistic
        title={title}
        prefix={icon}
        loading={query.isLoading}
        value={query.error ? '—' : formatInteger(query.data ?? 0)}
      />
      {query.error ? <Typography.Text type="danger">{errorText(query.error)}</Typography.Text> : null}
    </Card>
  );
  return to ? <Link to={to}>{body}</Link> : body;
}

/** Overview with figures counted by the server in the user's scope; more cards come with each module. */
export function DashboardPage() {
  const { t } = useI18n();
  const label = useLabel();
  const { user } = useMe();
  const users = useCount('/api/users');
  const activeUsers = useCount('/api/users', { status: 'active' });
  const organisations = useCount('/api/organisations');
  const establishments = useCount('/api/organisations', { kind: 'establishment' });
  const provinces = useProvinces('2025');
  const provinceCount = {
    data: provinces.data?.length,
    isLoading: provinces.isLoading,
    error: provinces.error,
  };
  const communes = useCount('/api/units', { era: '2025', level: 'commune' });
  const oldProvinces = useProvinces('pre2025');
  const oldProvinceCount = {
    data: oldProvinces.data?.length,
    isLoading: oldProvinces.isLoading,
    error: oldProvinces.error,
  };
  const recent = useAuditList({ page: 1, pageSize: 6 });
  const { can } = useSession();

  return (
    <>
      <PageHeader
        title={t('dashboard.greeting', { name: user.fullName })}
        subtitle={`${label(roleLabels[user.role])} · ${user.organisationName}`}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={8}>
          <Stat title={t('dashboard.users')} icon={<UserOutlined />} query={users} to="/admin/nguoi-dung" />
        </Col>
        <Col xs={24} sm={12} xl={8}>
          <Stat
            title={t('dashboard.activeUsers')}
            icon={<TeamOutlined />}
            query={activeUsers}
            to="/admin/nguoi-dung?status=active"
          />
        </Col>
        <Col xs={24} sm={12} xl={8}>
          <Stat
            title={t('dashboard.organisations')}
            icon={<BankOutlined />}
            query={organisations}
            to="/admin/to-chuc"
          />
        </Col>
        <Col xs={24} sm={12} xl={8}>
          <Stat
            title={t('dashboard.establishments')}
            icon={<ApartmentOutlined />}
            query={establishments}
            to="/admin/to-chuc?kind=establishment"
          />
        </Col>
        <Col xs={24} sm={12} xl={8}>
          <Stat
            title={t('dashboard.provinces')}
            icon={<EnvironmentOutlined />}
            query={provinceCount}
            to="/admin/don-vi-hanh-chinh?level=province"
          />
        </Col>
        <Col xs={24} sm={12} xl={8}>
          <Stat
            title={t('dashboard.communes')}
            icon={<EnvironmentOutlined />}
            query={communes}
            to="/admin/don-vi-hanh-chinh?level=commune"
          />
        </Col>
        <Col xs={24} sm={12} xl={8}>
          <Stat
            title={t('dashboard.oldProvinces')}
            icon={<HistoryOutlined />}
            query={oldProvinceCount}
            to="/admin/don-vi-hanh-chinh?era=pre2025&level=province"
          />
        </Col>
        {can('dashboard.read') ? (
          <Col xs={24}>
            <Link to="/admin/bao-cao/bang-dieu-khien" data-testid="leaders-dashboard-link">
              <Card hoverable size="small">
                <Card.Meta
                  avatar={<BarChartOutlined style={{ fontSize: 28, color: '#1677ff' }} />}
                  title={label(ix.dashboard)}
                  description={label(ix.dashboardSub)}
                />
              </Card>
            </Link>
          </Col>
        ) : null}
        <Col xs={24} xl={16}>
          <Card
            title={t('dashboard.recent')}
            extra={<Link to="/admin/nhat-ky">{t('dashboard.viewAll')}</Link>}
          >
            <List
              size="small"
              loading={recent.isLoading}
              dataSource={recent.data?.items ?? []}
              locale={{ emptyText: t('common.empty') }}
              renderItem={(e) => (
                <List.Item>
                  <Typography.Text type="secondary" style={{ minWidth: 130 }}>
                    {formatDateTime(e.at)}
                  </Typography.Text>
                  <Tag>{e.action}</Tag>
                  <Typography.Text ellipsis style={{ flex: 1 }}>
                    {e.actorEmail ?? t('audit.system')}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
