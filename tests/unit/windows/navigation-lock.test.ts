import { describe, expect, it } from 'vitest';
import { navigationAllowed } from '../../../electron/main/windows/navigation-lock';

describe('navigation lock', () => {
  it('allows only route changes within the window’s own page', () => {
    const page = 'app://console/index.html';
    expect(navigationAllowed('app://console/index.html#/venues', page)).toBe(true);
    expect(navigationAllowed('app://console/', page)).toBe(false);
    expect(navigationAllowed('app://scanner/index.html', page)).toBe(false);
    expect(navigationAllowed('app://console/index.html?x=1', page)).toBe(false);
    expect(navigationAllowed('https://evil.example/', page)).toBe(false);
    expect(navigationAllowed('file:///etc/passwd', page)).toBe(false);
    expect(navigationAllowed('app://console/index.html', undefined)).toBe(false);
  });
});
