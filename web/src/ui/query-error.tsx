import { Alert, Button } from 'antd';
import { useI18n } from '../lib/i18n.tsx';
import { useErrorText } from './use-feedback.ts';

/** Shown in place of data that could not be loaded, with a retry button. */
export function QueryError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useI18n();
  const text = useErrorText();
  return (
    <Alert
      type="error"
      showIcon
      message={t('error.loadFailed')}
      description={text(error)}
      action={
        retry ? (
          <Button size="small" onClick={retry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
