import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n.tsx';

const theme = {
  token: {
    colorPrimary: '#0b5cad',
    borderRadius: 6,
    fontFamily: "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
};

/** Ant Design in the user's language (vi_VN by default), with dayjs speaking the same language. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  dayjs.locale(lang === 'en' ? 'en' : 'vi');
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : viVN} theme={theme}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
