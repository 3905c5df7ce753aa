import {
  BankOutlined,
  BarChartOutlined,
  CloudSyncOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  GlobalOutlined,
  HistoryOutlined,
  IdcardOutlined,
  ProfileOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { MessageKey } from '../lib/i18n.tsx';

/**
 * Every screen of the officials' app in one list: the side menu and the routes are built from it.
 * A new module adds one entry with its `page`; an entry without a page shows in the menu as "coming soon".
 */
export type AdminModule = {
  key: string;
  /** Under /admin; '' is the overview. */
  path: string;
  label: MessageKey;
  icon: ReactNode;
  group: 'work' | 'admin' | 'self';
  page?: LazyExoticComponent<ComponentType>;
  /** A permission from /api/auth/me the user needs to see the entry. */
  permission?: string;
};

const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

export const adminModules: readonly AdminModule[] = [
  {
    key: 'dashboard',
    path: '',
    label: 'nav.dashboard',
    icon: <DashboardOutlined />,
    group: 'work',
    page: page(() => import('../features/dashboard/pages/dashboard-page.tsx'), 'DashboardPage'),
  },
  {
    key: 'establishments',
    path: 'co-so',
    label: 'nav.establishments',
    icon: <ShopOutlined />,
    group: 'work',
    permission: 'establishments.read',
    page: page(() => import('../features/establishments/routes.tsx'), 'EstablishmentsAdmin'),
  },
  {
    key: 'schemes',
    path: 'de-an',
    label: 'nav.schemes',
    icon: <ProfileOutlined />,
    group: 'work',
    page: page(() => import('../features/schemes/routes.tsx'), 'SchemesAdmin'),
  },
  {
    key: 'appraisal',
    path: 'tham-dinh',
    label: 'nav.appraisal',
    icon: <FileSearchOutlined />,
    group: 'work',
    page: page(() => import('../features/plans/routes.tsx'), 'PlansAdmin'),
  },
  {
    key: 'contracts',
    path: 'hop-dong',
    label: 'nav.contracts',
    icon: <FileProtectOutlined />,
    group: 'work',
    page: page(() => import('../features/contracts/routes.tsx'), 'ContractsAdmin'),
  },
  {
    key: 'reports',
    path: 'bao-cao',
    label: 'nav.reports',
    icon: <BarChartOutlined />,
    group: 'work',
    permission: 'reports.read',
    page: page(() => import('../features/reports/routes.tsx'), 'ReportsAdmin'),
  },
  {
    key: 'products',
    path: 'san-pham',
    label: 'nav.products',
    icon: <TrophyOutlined />,
    group: 'work',
    page: page(() => import('../features/products/routes.tsx'), 'ProductsAdmin'),
  },
  {
    key: 'portal',
    path: 'cong-thong-tin',
    label: 'nav.portal',
    icon: <GlobalOutlined />,
    group: 'work',
    page: page(() => import('../features/portal/routes.tsx'), 'PortalAdmin'),
  },
  {
    key: 'users',
    path: 'nguoi-dung',
    label: 'nav.users',
    icon: <TeamOutlined />,
    group: 'admin',
    permission: 'users.read',
    page: page(() => import('../features/users/pages/users-page.tsx'), 'UsersPage'),
  },
  {
    key: 'organisations',
    path: 'to-chuc',
    label: 'nav.organisations',
    icon: <BankOutlined />,
    group: 'admin',
    permission: 'organisations.read',
    page: page(() => import('../features/organisations/pages/organisations-page.tsx'), 'OrganisationsPage'),
  },
  {
    key: 'units',
    path: 'don-vi-hanh-chinh',
    label: 'nav.units',
    icon: <EnvironmentOutlined />,
    group: 'admin',
    page: page(() => import('../features/units/pages/units-page.tsx'), 'UnitsPage'),
  },
  {
    key: 'catalogues',
    path: 'danh-muc',
    label: 'nav.catalogues',
    icon: <UnorderedListOutlined />,
    group: 'admin',
    page: page(() => import('../features/catalogues/pages/catalogues-page.tsx'), 'CataloguesPage'),
  },
  {
    key: 'legal-documents',
    path: 'van-ban',
    label: 'nav.legalDocuments',
    icon: <FileTextOutlined />,
    group: 'admin',
    page: page(
      () => import('../features/legal-documents/pages/legal-documents-page.tsx'),
      'LegalDocumentsPage',
    ),
  },
  {
    key: 'audit',
    path: 'nhat-ky',
    label: 'nav.audit',
    icon: <HistoryOutlined />,
    group: 'admin',
    permission: 'audit.read',
    page: page(() => import('../features/audit/pages/audit-page.tsx'), 'AuditPage'),
  },
  {
    key: 'jobs',
    path: 'cong-viec',
    label: 'nav.jobs',
    icon: <CloudSyncOutlined />,
    group: 'self',
    page: page(() => import('../features/jobs/routes.tsx'), 'JobsAdmin'),
  },
  {
    key: 'profile',
    path: 'ho-so',
    label: 'nav.profile',
    icon: <IdcardOutlined />,
    group: 'self',
    page: page(() => import('../features/profile/pages/profile-page.tsx'), 'ProfilePage'),
  },
];

/** Icon of the "Quản trị" (administration) group in the menu. */
export const adminGroupIcon: ReactNode = <SettingOutlined />;
