// Public surface of i18n: the localizer and its file loader.
export * from './localizer';
export { loadLocaleResources } from './loadLocales';
