import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Menu, type MenuProps, Tooltip, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { roleLabels } from '../../../shared/schemas/identity.ts';
import { useI18n, useLabel } from '../lib/i18n.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { useFeedback } from '../ui/use-feedback.ts';
import { type AdminModule, adminGroupIcon, adminModules } from './modules.tsx';
import { useMe, useSession } from './session.tsx';
import './admin.css';

type MenuItem = Required<MenuProps>['items'][number];

const fullPath = (m: AdminModule) => (m.path ? `/admin/${m.path}` : '/admin');

/** The module whose path is the longest prefix of the current location. */
function activeModule(pathname: string): AdminModule | undefined {
  return [...adminModules]
    .sort((a, b) => b.path.length - a.path.length)
    .find((m) => pathname === fullPath(m) || (m.path && pathname.startsWith(`${fullPath(m)}/`)));
}

/** Officials' frame: side menu from modules.tsx, header with the user, language and log-out. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const label = useLabel();
  const { can, logout } = useSession();
  const { user } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const [collapsed, setCollapsed] = useState(narrow);

  const items = useMemo<MenuItem[]>(() => {
    const visible = adminModules.filter((m) => !m.permission || can(m.permission));
    const item = (m: AdminModule): MenuItem => ({
      key: m.key,
      icon: m.icon,
      disabled: !m.page,
      label: m.page ? (
        <Link to={fullPath(m)}>{t(m.label)}</Link>
      ) : (
        <Tooltip title={t('nav.comingSoon')} placement="right">
          <span className="menu-soon">{t(m.label)}</span>
        </Tooltip>
      ),
    });
    return [
      ...visible.filter((m) => m.group === 'work').map(item),
      {
        key: 'admin',
        icon: adminGroupIcon,
        label: t('nav.admin'),
        children: visible.filter((m) => m.group === 'admin').map(item),
      },
      ...visible.filter((m) => m.group === 'self').map(item),
    ];
  }, [can, t]);

  const active = activeModule(location.pathname);

  const onLogout = async () => {
    try {
      await logout();
    } catch (e) {
      feedback.error(e);
    }
    navigate('/dang-nhap', { replace: true });
  };

  return (
    <Layout className="admin-layout">
      <Layout.Sider
        width={256}
        breakpoint="lg"
        collapsedWidth={narrow ? 0 : 80}
        collapsed={collapsed}
        onBreakpoint={(broken) => setCollapsed(broken)}
        trigger={null}
        theme="light"
        className="admin-sider"
      >
        <Link to="/admin" className="admin-brand">
          <span className="admin-brand-mark" aria-hidden>
            KC
          </span>
          {collapsed ? null : <span className="admin-brand-name">{t('app.shortName')}</span>}
        </Link>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={active ? [active.key] : []}
          defaultOpenKeys={['admin']}
          onClick={() => narrow && setCollapsed(true)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="admin-header">
          <Button
            type="text"
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed(!collapsed)}
            aria-label={t('nav.toggleMenu')}
          />
          <Flex align="center" gap={16} className="admin-header-right">
            <div className="admin-user" data-testid="current-user">
              <Link to="/admin/ho-so">
                <Typography.Text strong>{user.fullName}</Typography.Text>
              </Link>
              {screens.md ? (
                <Typography.Text type="secondary" className="admin-user-meta">
                  {label(roleLabels[user.role])} · {user.organisationName}
                </Typography.Text>
              ) : null}
            </div>
            <LanguageSwitch size="small" />
            <Button icon={<LogoutOutlined />} onClick={() => void onLogout()}>
              {screens.sm ? t('auth.logout') : null}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content className="admin-content">{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
