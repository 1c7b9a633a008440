/** The console's language and theme: stored beside the operator settings, never overwritten by them. */
import { afterEach, expect, test } from 'vitest';
import { DEFAULT_DISPLAY } from '../../../shared/display/display-settings';
import { openTestServices } from '../../helpers/temp-services';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
const open = () => {
  const t = openTestServices({ withKey: false });
  cleanups.push(t.cleanup);
  return t.services;
};

test('defaults to both languages, English first, following the system theme', () => {
  expect(open().settings.display()).toEqual(DEFAULT_DISPLAY);
});

test('a saved choice survives saving the operator settings, and the other way round', () => {
  const { settings } = open();
  settings.updateDisplay({ language: 'both-zh-first', theme: 'dark' });
  settings.update({ operatorName: 'Harbour Eats Ltd', schemeName: 'Safe Visit 安心到訪' });
  expect(settings.display()).toEqual({ language: 'both-zh-first', theme: 'dark' });
  expect(settings.get().operatorName).toBe('Harbour Eats Ltd');
});

test('a stored value this version does not know falls back to the default', () => {
  const services = open();
  services.db.prepare("INSERT INTO settings (key, value) VALUES ('language', 'klingon')").run();
  expect(services.settings.display()).toEqual(DEFAULT_DISPLAY);
});
