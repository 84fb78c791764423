import { en as baseEn } from './en';
import { pl as basePl } from './pl';
import { uk as baseUk } from './uk';
import { authorizationsEn, authorizationsPl, authorizationsUk } from './modules/authorizations';
import { calendarEn, calendarPl, calendarUk } from './modules/calendar';
import { lettersEn, lettersPl, lettersUk } from './modules/letters';
import { meetingsEn, meetingsPl, meetingsUk } from './modules/meetings';
import { todayEn, todayPl, todayUk } from './modules/today';

/** Each language: the base strings plus one module file per screen family (keeps files small). */
export const en = { ...baseEn, ...calendarEn, ...meetingsEn, ...lettersEn, ...todayEn, ...authorizationsEn };
export const pl = { ...basePl, ...calendarPl, ...meetingsPl, ...lettersPl, ...todayPl, ...authorizationsPl };
export const uk = { ...baseUk, ...calendarUk, ...meetingsUk, ...lettersUk, ...todayUk, ...authorizationsUk };

/** UI resources for i18next, one namespace per language. */
export const resources = {
  en: { translation: en },
  pl: { translation: pl },
  uk: { translation: uk },
} as const;
