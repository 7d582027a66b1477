import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../lib/i18n';
import { fakeFetch, renderAt } from '../test/render';

describe('language switch', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await setLanguage('zh-CN');
  });
  it('starts in Simplified Chinese and switches to English and Traditional Chinese, remembering the choice', async () => {
    vi.stubGlobal('fetch', fakeFetch({}).fn);
    await renderAt('/');
    expect(await screen.findByText('我是消费者')).toBeTruthy();
    fireEvent.click(screen.getByText('EN'));
    expect(await screen.findByText('I am a consumer')).toBeTruthy();
    expect(localStorage.getItem('hejie.lang')).toBe('en');
    fireEvent.click(screen.getByText('繁'));
    expect(await screen.findByText('我是消費者')).toBeTruthy();
  });
});
