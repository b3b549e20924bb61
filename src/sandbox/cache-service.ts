// A fake CacheService: document, script and user caches whose entries expire by the sandbox's clock.

import type { Clock } from './clock';
import type { SandboxContext } from './context';
import { exception } from './errors';

/** Apps Script limits: keys up to 250 characters, values up to 100 KB, entries kept at most 6 hours. */
export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_MAX_SECONDS = 21_600;
const DEFAULT_SECONDS = 600;

interface Entry {
  value: string;
  expiresAt: number;
}

export class FakeCache {
  constructor(
    private readonly entries: Map<string, Entry>,
    private readonly clock: Clock,
    private readonly context: SandboxContext,
  ) {}

  get(key: string): string | null {
    const entry = this.entries.get(checkKey(key));
    if (!entry) return null;
    if (entry.expiresAt <= this.clock.nowMs()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  /** Only the keys still cached appear in the answer. */
  getAll(keys: string[]): Record<string, string> {
    const found = new this.context.realm.Object() as Record<string, string>;
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  /** Keeps `value` for `expirationInSeconds` (10 minutes by default, at most 6 hours). */
  put(key: string, value: unknown, expirationInSeconds = DEFAULT_SECONDS): void {
    this.putAll({ [checkKey(key)]: value }, expirationInSeconds);
  }

  putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_SECONDS): void {
    if (!(expirationInSeconds >= 1)) throw exception('Invalid argument: expirationInSeconds');
    const seconds = Math.min(Math.floor(expirationInSeconds), CACHE_MAX_SECONDS);
    const checked = Object.entries(values).map(([key, value]) => {
      const text = String(value);
      if (Buffer.byteLength(text, 'utf8') > CACHE_VALUE_LIMIT) throw exception('Argument too large: value');
      return [checkKey(key), text] as const;
    });
    const expiresAt = this.clock.nowMs() + seconds * 1000;
    for (const [key, value] of checked) this.entries.set(key, { value, expiresAt });
  }

  remove(key: string): void {
    this.entries.delete(checkKey(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }
}

function checkKey(key: unknown): string {
  const text = String(key ?? '');
  if (text === '') throw exception('Invalid argument: key');
  if (text.length > CACHE_KEY_LIMIT) throw exception('Argument too large: key');
  return text;
}

export function createCacheService(context: SandboxContext) {
  const caches = {
    document: new Map<string, Entry>(),
    script: new Map<string, Entry>(),
    user: new Map<string, Entry>(),
  };
  const open = (which: keyof typeof caches) => new FakeCache(caches[which], context.clock, context);
  return {
    getDocumentCache: () => open('document'),
    getScriptCache: () => open('script'),
    getUserCache: () => open('user'),
  };
}
