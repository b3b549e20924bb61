// A fake Utilities: formatDate with Java patterns, sleep on the fake clock, UUIDs, digests and Base64.

import { createHash, randomUUID } from 'node:crypto';
import type { SandboxContext } from './context';
import { exception } from './errors';
import { formatJavaDate } from './simple-date-format';

const DIGESTS = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
} as const;
type DigestName = keyof typeof DIGESTS;

/** Apps Script's Utilities.sleep refuses waits over 5 minutes. */
const MAX_SLEEP_MS = 300_000;

export function createUtilities(context: SandboxContext) {
  /** Apps Script byte arrays are Java bytes: signed, -128…127. */
  const toSignedBytes = (buffer: Buffer): number[] => {
    const bytes = new context.realm.Array<number>(buffer.length);
    for (let i = 0; i < buffer.length; i++) bytes[i] = (buffer[i] << 24) >> 24;
    return bytes;
  };
  const toBuffer = (data: string | number[]): Buffer =>
    typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));

  return {
    DigestAlgorithm: {
      MD5: 'MD5',
      SHA_1: 'SHA_1',
      SHA_256: 'SHA_256',
      SHA_384: 'SHA_384',
      SHA_512: 'SHA_512',
    },
    Charset: { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' },
    /** `date` as text in `timeZone`, with a java.text.SimpleDateFormat pattern such as "yyyy-MM-dd HH:mm". */
    formatDate(date: Date, timeZone: string, format: string): string {
      if (Object.prototype.toString.call(date) !== '[object Date]') {
        throw exception(
          'The parameters (String,String,String) don\u2019t match the method signature for Utilities.formatDate.',
        );
      }
      return formatJavaDate(Date.prototype.getTime.call(date), String(timeZone), String(format));
    },
    /** Moves the fake clock on instead of blocking. */
    sleep(milliseconds: number): void {
      if (!(milliseconds >= 0)) throw exception('Invalid argument: milliseconds');
      if (milliseconds > MAX_SLEEP_MS) throw exception('Argument too large: milliseconds');
      context.clock.advance(milliseconds);
    },
    getUuid: (): string => randomUUID(),
    computeDigest(algorithm: DigestName, value: string | number[]): number[] {
      const name = DIGESTS[algorithm];
      if (!name) throw exception('Invalid argument: algorithm');
      return toSignedBytes(createHash(name).update(toBuffer(value)).digest());
    },
    base64Encode: (data: string | number[]): string => toBuffer(data).toString('base64'),
    base64EncodeWebSafe: (data: string | number[]): string =>
      toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    base64Decode: (encoded: string): number[] => toSignedBytes(Buffer.from(encoded, 'base64')),
    base64DecodeWebSafe: (encoded: string): number[] => toSignedBytes(Buffer.from(encoded, 'base64url')),
  };
}
