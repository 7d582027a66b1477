import i18next from 'i18next';
import { afterEach, expect, test } from 'vitest';
import { initI18n, setLanguage } from './i18n';

afterEach(async () => {
  await setLanguage('zh-CN');
});

test("a feature's texts load on first use, in the chosen language", async () => {
  await initI18n('zh-CN');
  await i18next.loadNamespaces('admin');
  expect(i18next.t('title', { ns: 'admin' })).toBe('平台管理');
  await setLanguage('en');
  expect(i18next.t('title', { ns: 'admin' })).toBe('Administration');
  expect(i18next.t('common.retry')).toBe('Retry');
});
