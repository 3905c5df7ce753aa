import { Segmented } from 'antd';
import { type Language, useI18n } from '../lib/i18n.tsx';

/** VI / EN switch; the choice is remembered in this browser and sent to the API as Accept-Language. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Language>
      size={size}
      value={lang}
      onChange={setLang}
      aria-label={t('common.language')}
      options={[
        { value: 'vi', label: 'VI' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
