import { App, ConfigProvider, type ThemeConfig } from 'antd';
// The ES modules: `antd/locale/*` re-export CommonJS, whose default the bundle took as the module object, so
// antd fell back to English (pagination "20 / page", "Previous Page") under a Vietnamese interface.
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { type ReactNode, useMemo, useSyncExternalStore } from 'react';
import { useI18n } from '../lib/i18n.tsx';

const token = {
  colorPrimary: '#0b5cad',
  borderRadius: 6,
  fontFamily: "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
};

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeToMotion(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the user asked the system for less motion (followed live, as the setting changes). */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeToMotion,
    () => window.matchMedia(REDUCED_MOTION).matches,
    () => false,
  );
}

/**
 * Ant Design in the user's language (vi_VN by default), with dayjs speaking the same language. Users who
 * ask for reduced motion get no animations: dialogs, drop-downs and messages appear in place at once.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const reduced = usePrefersReducedMotion();
  const theme = useMemo<ThemeConfig>(() => ({ token: { ...token, motion: !reduced } }), [reduced]);
  dayjs.locale(lang === 'en' ? 'en' : 'vi');
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : viVN} theme={theme}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
