import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/sandbox';

describe('fake PropertiesService', () => {
  it('keeps document, script and user stores apart and stores strings', () => {
    const { PropertiesService } = createSandbox().globals;
    PropertiesService.getDocumentProperties().setProperty('model', 'v1').setProperty('rows', 12);
    PropertiesService.getUserProperties().setProperties({ units: 'metric', open: true });
    expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({ model: 'v1', rows: '12' });
    expect(PropertiesService.getUserProperties().getProperty('open')).toBe('true');
    expect(PropertiesService.getScriptProperties().getProperty('model')).toBeNull();
  });

  it('deletes one property or all of them, and setProperties can replace the whole store', () => {
    const properties = createSandbox().globals.PropertiesService.getDocumentProperties();
    properties.setProperties({ a: '1', b: '2', c: '3' });
    properties.deleteProperty('a');
    expect(properties.getKeys().sort()).toEqual(['b', 'c']);
    properties.setProperties({ d: '4' }, true);
    expect(properties.getProperties()).toEqual({ d: '4' });
    properties.deleteAllProperties();
    expect(properties.getProperties()).toEqual({});
  });

  it('refuses a value over 9 KB', () => {
    const properties = createSandbox().globals.PropertiesService.getScriptProperties();
    expect(() => properties.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
    properties.setProperty('fits', 'x'.repeat(9 * 1024));
    expect(properties.getProperty('fits')).toHaveLength(9216);
  });

  it('refuses to grow a store past 500 KB and keeps what it had', () => {
    const properties = createSandbox().globals.PropertiesService.getDocumentProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) properties.setProperty(`k${i}`, chunk);
    expect(() => properties.setProperties({ more1: chunk, more2: chunk })).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(properties.getKeys()).toHaveLength(56);
  });

  it('cannot be opened under AuthMode.NONE, but can under LIMITED', () => {
    const sandbox = createSandbox({ authMode: 'NONE' });
    expect(() => sandbox.globals.PropertiesService.getDocumentProperties()).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties.',
    );
    sandbox.authMode = 'LIMITED';
    expect(sandbox.globals.PropertiesService.getDocumentProperties().getProperty('x')).toBeNull();
  });
});

describe('fake CacheService', () => {
  it('forgets entries when their time is up on the fake clock', () => {
    const sandbox = createSandbox();
    const cache = sandbox.globals.CacheService.getDocumentCache();
    cache.put('score', '42', 60);
    cache.put('default', 'ten minutes');
    sandbox.clock.advance(59_999);
    expect(cache.get('score')).toBe('42');
    sandbox.clock.advance(1);
    expect(cache.get('score')).toBeNull();
    expect(cache.getAll(['score', 'default'])).toEqual({ default: 'ten minutes' });
    sandbox.clock.advance(540_000);
    expect(cache.get('default')).toBeNull();
  });

  it('keeps entries at most 6 hours', () => {
    const sandbox = createSandbox();
    const cache = sandbox.globals.CacheService.getScriptCache();
    cache.put('k', 'v', 100_000);
    sandbox.clock.advance(6 * 3_600_000);
    expect(cache.get('k')).toBeNull();
  });

  it('refuses values over 100 KB and keys over 250 characters', () => {
    const cache = createSandbox().globals.CacheService.getUserCache();
    expect(() => cache.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    cache.putAll({ a: 1, b: 2 });
    cache.removeAll(['a']);
    expect(cache.getAll(['a', 'b'])).toEqual({ b: '2' });
  });
});
