// The JavaScript realm the add-on runs in: arrays and Dates handed to it are made with its own constructors.

/**
 * gas-local runs Code.js in its own vm context, whose Array and Date differ from Node's. Apps Script hands a script
 * values of its own realm, so `instanceof Date` and `instanceof Array` hold there; the sandbox builds what it
 * returns with the realm's constructors to keep that true. Until an add-on is loaded, the realm is Node's own.
 */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
}

export const nodeRealm: Realm = { Array, Date, Object };

const toTag = (value: unknown): string => Object.prototype.toString.call(value);

/**
 * Copies a value into `realm`: arrays (deeply), Dates and plain objects become the realm's own; primitives and
 * anything else pass through unchanged.
 */
export function copyIntoRealm(value: unknown, realm: Realm): unknown {
  if (value === null || typeof value !== 'object') return value;
  const tag = toTag(value);
  if (tag === '[object Date]') return new realm.Date(Date.prototype.getTime.call(value));
  if (Array.isArray(value)) {
    const copy: unknown[] = new realm.Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = copyIntoRealm(value[i], realm);
    return copy;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype || proto === realm.Object.prototype) {
    const copy = new realm.Object() as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) copy[key] = copyIntoRealm(item, realm);
    return copy;
  }
  return value;
}
