import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError, NETWORK_ERROR } from '../lib/api.ts';
import { useI18n } from '../lib/i18n.tsx';
import { applyFieldErrors } from '../lib/zod-rules.ts';

/** The sentence to show for a failed call: the server's localised `detail`, or ours when there is none. */
export function useErrorText() {
  const { t } = useI18n();
  return useCallback(
    (err: unknown): string => {
      if (isApiError(err)) {
        if (err.detail) return err.detail;
        if (err.code === NETWORK_ERROR) return t('error.network');
      }
      return t('error.unexpected');
    },
    [t],
  );
}

/**
 * Toasts for the outcome of an action. A failed save puts field errors on the form; a version conflict
 * (someone else saved first) shows the server's message and reloads the data.
 */
export function useFeedback() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const error = useCallback(
    (err: unknown, form?: FormInstance) => {
      if (isApiError(err)) {
        if (form && err.fieldErrors.length) applyFieldErrors(form, err);
        if (err.code === 'VERSION_CONFLICT') void queryClient.invalidateQueries();
      }
      void message.error(errorText(err));
    },
    [message, queryClient, errorText],
  );
  const success = useCallback((text: string) => void message.success(text), [message]);
  return { error, success };
}

export const isVersionConflict = (err: unknown) => isApiError(err) && err.code === 'VERSION_CONFLICT';
