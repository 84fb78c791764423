/** The contact directory: schema, duplicates and merge, CSV and vCard, personal-data rights. */
export * from './schema';
export * from './phone';
export { emailKey, phoneKey, nameKey, organisationKey, latinTokens } from './keys';
export { toLatin } from '../text/translit';
export * from './duplicates';
export * from './merge';
export * from './csv';
export * from './vcard';
export * from './privacy';
