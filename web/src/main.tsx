import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app/router.tsx';
import { currentLanguage, I18nProvider, loadLanguage } from './lib/i18n.tsx';
import './app/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');

const start = (el: HTMLElement) =>
  createRoot(el).render(
    <StrictMode>
      <I18nProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </I18nProvider>
    </StrictMode>,
  );

// English readers get their dictionary before the first paint (Vietnamese is already in the bundle).
loadLanguage(currentLanguage())
  .catch(() => undefined)
  .finally(() => start(root));
