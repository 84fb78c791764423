import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n/setup';
import './styles.css';

initI18n(navigator.language.startsWith('uk') ? 'uk' : navigator.language.startsWith('en') ? 'en' : 'pl');
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
