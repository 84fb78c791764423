import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../core/i18n';
import type { Language } from '../../core/settings/schema';

/** One i18next instance for the whole renderer; the language can change at run time. */
export function initI18n(language: Language = 'pl'): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18next;
}
