import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { hueOf, LiveCover } from './LiveCover';

describe('LiveCover', () => {
  it('without a cover draws the county and the title, never an empty box', () => {
    renderWithProviders(<LiveCover coverUrl={null} title="汾西好物 副县长带你尝玉露香梨" countyName="汾西县" />);
    const cover = screen.getByTestId('live-cover');
    expect(cover.getAttribute('data-fallback')).toBe('true');
    expect(cover.textContent).toBe('汾西县汾西好物 副县长带你尝玉露香梨');
    expect(cover.querySelector('img')).toBeNull();
  });

  it('before a county is picked (the schedule form) draws the title without an empty county tag', () => {
    renderWithProviders(<LiveCover coverUrl={null} title="直播标题" countyName="" />);
    const cover = screen.getByTestId('live-cover');
    expect(cover.textContent).toBe('直播标题');
    expect(cover.querySelector('.live-cover__county')).toBeNull();
  });

  it('shows the image, and the drawn cover when the image fails to load', () => {
    renderWithProviders(<LiveCover coverUrl="/media/uploads/ab/cover.png" title="交城骏枣" countyName="交城县" />);
    const img = screen.getByTestId('live-cover').querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/media/uploads/ab/cover.png');
    fireEvent.error(img);
    expect(screen.getByTestId('live-cover').getAttribute('data-fallback')).toBe('true');
    expect(screen.getByText('交城骏枣')).toBeTruthy();
  });

  it('gives different titles stable, possibly different hues within the green and orange ranges', () => {
    for (const title of ['汾西好物', '交城骏枣', '文旅推介 姑射山']) {
      const h = hueOf(title);
      expect(h).toBe(hueOf(title));
      expect((h >= 20 && h <= 40) || (h >= 95 && h <= 165)).toBe(true);
    }
  });
});
