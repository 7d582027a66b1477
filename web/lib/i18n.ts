// i18next with Simplified Chinese built in; English and Traditional Chinese (Hong Kong) load on demand.
// The choice is kept in localStorage; the first visit follows the browser's language.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN, { type Messages } from '../locales/zh-CN';
import { setApiLanguage } from './api';

export const LANGUAGES = [
  { code: 'zh-CN', label: '简体中文' },
  { code: 'zh-HK', label: '繁體中文' },
  { code: 'en', label: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];
const STORAGE_KEY = 'hejie.lang';

const loaders: Record<Language, () => Promise<Messages>> = {
  'zh-CN': async () => zhCN,
  'zh-HK': async () => (await import('../locales/zh-HK')).default,
  en: async () => (await import('../locales/en')).default,
};

// A feature's own texts live in locales/<feature>/<language>.ts and load with the feature's pages
// (`useTranslation('<feature>')` suspends until they arrive), so the consumer bundle carries none of the admin's.
type Bundle = Record<string, unknown>;
const featureBundles = import.meta.glob<{ default: Bundle }>('../locales/*/*.ts');

/** i18next backend: the main texts from `loaders`, a feature's from its folder. */
const lazyBundles = {
  type: 'backend' as const,
  init() {},
  read(lng: string, ns: string, done: (err: unknown, data?: Bundle) => void) {
    const feature = featureBundles[`../locales/${ns}/${lng}.ts`];
    const load =
      ns === 'translation' && isLanguage(lng)
        ? loaders[lng]
        : feature
          ? async () => (await feature()).default
          : undefined;
    if (!load) return done(new Error(`no "${ns}" texts for ${lng}`));
    load().then(
      (data) => done(null, data as Bundle),
      (err) => done(err),
    );
  },
};

export function isLanguage(x: unknown): x is Language {
  return LANGUAGES.some((l) => l.code === x);
}

/** The stored choice, else the browser's preference mapped onto the three languages. */
export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage blocked: fall through to the browser's language
  }
  const nav = (typeof navigator !== 'undefined' ? navigator.language : 'zh-CN').toLowerCase();
  if (nav.startsWith('en')) return 'en';
  if (/^zh-(hk|tw|mo|hant)/.test(nav)) return 'zh-HK';
  return 'zh-CN';
}

export async function setLanguage(lang: Language): Promise<void> {
  if (!i18next.hasResourceBundle(lang, 'translation')) {
    i18next.addResourceBundle(lang, 'translation', await loaders[lang]());
  }
  await i18next.changeLanguage(lang);
  setApiLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export async function initI18n(lang: Language = initialLanguage()): Promise<typeof i18next> {
  await i18next
    .use(lazyBundles)
    .use(initReactI18next)
    .init({
      resources: { 'zh-CN': { translation: zhCN } },
      partialBundledLanguages: true,
      lng: 'zh-CN',
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  setApiLanguage('zh-CN');
  if (lang !== 'zh-CN') await setLanguage(lang);
  return i18next;
}

/** The server's bilingual texts ({zh, en}): Chinese for both Chinese languages. */
export function pick(text: { zh: string; en: string } | null | undefined, lang: string): string {
  if (!text) return '';
  return lang === 'en' ? text.en || text.zh : text.zh || text.en;
}
