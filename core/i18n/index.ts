import { en as baseEn } from './en';
import { pl as basePl } from './pl';
import { uk as baseUk } from './uk';
import { authorizationsEn, authorizationsPl, authorizationsUk } from './modules/authorizations';
import { calendarEn, calendarPl, calendarUk } from './modules/calendar';
import { contactsEn, contactsPl, contactsUk } from './modules/contacts';
import { lettersEn, lettersPl, lettersUk } from './modules/letters';
import { meetingsEn, meetingsPl, meetingsUk } from './modules/meetings';
import { patronageEn, patronagePl, patronageUk } from './modules/patronage';
import { todayEn, todayPl, todayUk } from './modules/today';

/** Each language: the base strings plus one module file per screen family (keeps files small). */
export const en = {
  ...baseEn,
  ...calendarEn,
  ...meetingsEn,
  ...lettersEn,
  ...todayEn,
  ...authorizationsEn,
  ...patronageEn,
  ...contactsEn,
};
export const pl = {
  ...basePl,
  ...calendarPl,
  ...meetingsPl,
  ...lettersPl,
  ...todayPl,
  ...authorizationsPl,
  ...patronagePl,
  ...contactsPl,
};
export const uk = {
  ...baseUk,
  ...calendarUk,
  ...meetingsUk,
  ...lettersUk,
  ...todayUk,
  ...authorizationsUk,
  ...patronageUk,
  ...contactsUk,
};

/** UI resources for i18next, one namespace per language. */
export const resources = {
  en: { translation: en },
  pl: { translation: pl },
  uk: { translation: uk },
} as const;
