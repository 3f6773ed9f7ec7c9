import { describe, expect, it } from 'vitest';
import { searchKey } from '../src/search-key.js';

describe('searchKey', () => {
  it('folds case, accents and letters without a decomposition', () => {
    expect(searchKey('Kraków')).toBe('krakow');
    expect(searchKey('Saint-Étienne')).toBe('saint etienne');
    expect(searchKey('Öztürk')).toBe('ozturk');
    expect(searchKey('Łódź')).toBe('lodz');
    expect(searchKey('Straße')).toBe('strasse');
  });

  it('turns punctuation into single spaces, so e-mail addresses match by their parts', () => {
    expect(searchKey(' lena.schmidt@schule.example ')).toBe('lena schmidt schule example');
  });
});
