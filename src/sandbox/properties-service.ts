// A fake PropertiesService: document, script and user stores of strings, with Apps Script's size limits.

import { requireAuth, requireWrite, type SandboxContext } from './context';
import { exception } from './errors';

/** Apps Script quotas: 9 KB per value, 500 KB per store (keys and values together). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/** The bytes a store holds, keys and values, as the 500 KB quota counts them. */
export function storeBytes(properties: Record<string, string>): number {
  return Object.entries(properties).reduce((sum, [k, v]) => sum + byteLength(k) + byteLength(v), 0);
}

export class FakeProperties {
  constructor(
    private readonly store: Map<string, string>,
    private readonly context: SandboxContext,
  ) {}

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  /** A plain object of every key and value (a copy: changing it changes nothing stored). */
  getProperties(): Record<string, string> {
    const copy = new this.context.realm.Object() as Record<string, string>;
    for (const [key, value] of this.store) copy[key] = value;
    return copy;
  }

  getKeys(): string[] {
    const keys = new this.context.realm.Array<string>();
    for (const key of this.store.keys()) keys.push(key);
    return keys;
  }

  /** Values that are not strings are stored as their string form, as Apps Script does. */
  setProperty(key: string, value: unknown): FakeProperties {
    requireWrite(this.context, 'setProperty');
    this.write([[checkKey(key), String(value)]], false);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    requireWrite(this.context, 'setProperties');
    if (properties === null || typeof properties !== 'object')
      throw exception('Invalid argument: properties');
    this.write(
      Object.entries(properties).map(([key, value]) => [checkKey(key), String(value)]),
      deleteAllOthers,
    );
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    requireWrite(this.context, 'deleteProperty');
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): FakeProperties {
    requireWrite(this.context, 'deleteAllProperties');
    this.store.clear();
    return this;
  }

  /** All or nothing: a write that breaks a limit leaves the store as it was. */
  private write(entries: [string, string][], deleteAllOthers: boolean): void {
    for (const [, value] of entries) {
      if (byteLength(value) > PROPERTY_VALUE_LIMIT) throw exception('Argument too large: value');
    }
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of entries) next.set(key, value);
    let total = 0;
    for (const [key, value] of next) total += byteLength(key) + byteLength(value);
    if (total > PROPERTY_STORE_LIMIT) {
      throw exception(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
  }
}

function checkKey(key: unknown): string {
  if (key === null || key === undefined || String(key) === '') throw exception('Invalid argument: key');
  return String(key);
}

export function createPropertiesService(context: SandboxContext) {
  const document = new Map<string, string>();
  const script = new Map<string, string>();
  // Each user has their own user store; a trigger runs as its creator, with the creator's store.
  const users = new Map<string, Map<string, string>>();
  const userStore = () => {
    let store = users.get(context.user);
    if (!store) users.set(context.user, (store = new Map<string, string>()));
    return store;
  };
  const open = (store: Map<string, string>, method: string) => {
    requireAuth(context, 'LIMITED', `PropertiesService.${method}`, 'script.storage');
    return new FakeProperties(store, context);
  };
  return {
    getDocumentProperties: () => open(document, 'getDocumentProperties'),
    getScriptProperties: () => open(script, 'getScriptProperties'),
    getUserProperties: () => open(userStore(), 'getUserProperties'),
  };
}
