import { en } from './en';
import { pl } from './pl';
import { uk } from './uk';

/** UI resources for i18next, one namespace per language. */
export const resources = {
  en: { translation: en },
  pl: { translation: pl },
  uk: { translation: uk },
} as const;
export { en, pl, uk };
