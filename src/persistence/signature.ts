/**
 * Signed snapshots: an HMAC-SHA256, with a key only the host holds, over the
 * canonical JSON of a snapshot. The CRC-32 checksum detects accidental damage;
 * anyone can recompute it after an edit. A signature cannot be recomputed
 * without the key, so a snapshot edited outside the library (a date moved, an
 * employer renamed) is refused by `restore` and `readPersisted` when they are
 * given the key.
 *
 * HMAC from `@noble/hashes`: synchronous (Web Crypto's `subtle.sign` is
 * asynchronous, and `serialize`/`restore` are not) and the same in Node and in
 * browsers (`node:crypto` is Node only).
 */
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha256';
import { fail, PermitLifecycleError, type Result } from '../errors';
import { writeCanonicalJson } from './checksum';

/**
 * A signing key: raw bytes, or a string (its UTF-8 bytes), of at least
 * {@link MIN_SIGNING_KEY_BYTES} bytes. Generate one with
 * `crypto.getRandomValues(new Uint8Array(32))` and keep it out of the
 * database that holds the snapshots.
 *
 * @example
 * ```ts
 * const key: SigningKey = process.env.CASE_SIGNING_KEY!; // 32 bytes or more
 * ```
 * @category Persistence
 */
export type SigningKey = string | Uint8Array;

/**
 * The shortest key accepted, in bytes: HMAC-SHA256's output size, below which
 * a key is weaker than the signature it makes.
 *
 * @example
 * ```ts
 * new TextEncoder().encode(key).length >= MIN_SIGNING_KEY_BYTES; // true for a usable string key
 * ```
 * @category Persistence
 */
export const MIN_SIGNING_KEY_BYTES = 32;

/**
 * What a signed snapshot's `signature` field starts with.
 *
 * @example
 * ```ts
 * JSON.parse(serialize(someCase, { key })).signature.startsWith(SIGNATURE_PREFIX); // true
 * ```
 */
export const SIGNATURE_PREFIX = 'hmac-sha256:';

/**
 * How a reader checks signatures: the key (or keys, during a rotation: the
 * snapshot must be signed by one of them) and whether a snapshot without a
 * signature is accepted all the same (for stores written before signing was
 * turned on; off by default).
 *
 * @example
 * ```ts
 * const options: VerifyOptions = { key: [newKey, oldKey], allowUnsigned: false };
 * ```
 * @category Persistence
 */
export interface VerifyOptions {
  /** The key, or the keys any of which may have signed the snapshot. Without it nothing is checked. */
  key?: SigningKey | readonly SigningKey[];
  /** Accept a snapshot that carries no signature (still refuse a wrong one). Default `false`. */
  allowUnsigned?: boolean;
}

/**
 * Options of `serialize`, `toPersisted`, `serializeState` and `toPersistedState`.
 *
 * @example
 * ```ts
 * const options: SerializeOptions = { key: process.env.CASE_SIGNING_KEY! };
 * ```
 * @category Persistence
 */
export interface SerializeOptions {
  /** Sign the snapshot with this key (HMAC-SHA256): `restore(snapshot, { key })` then refuses any edit. */
  key?: SigningKey;
}

const encoder = new TextEncoder();

function keyBytes(key: unknown, path: (string | number)[]): Uint8Array {
  const bytes = typeof key === 'string' ? encoder.encode(key) : key instanceof Uint8Array ? key : null;
  if (bytes === null) throw new PermitLifecycleError('argument.invalid', 'a signing key must be a string or a Uint8Array', { path });
  if (bytes.length < MIN_SIGNING_KEY_BYTES) {
    throw new PermitLifecycleError('argument.invalid', `a signing key must have at least ${MIN_SIGNING_KEY_BYTES} bytes, got ${bytes.length}`, { path, details: { minimumBytes: MIN_SIGNING_KEY_BYTES } });
  }
  return bytes;
}

function hex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

/** The HMAC of the canonical JSON of `body` without its `signature`, streamed: the text is never built whole. */
function digest(body: Record<string, unknown>, key: Uint8Array): string {
  const { signature: _ignored, ...signed } = body;
  const mac = hmac.create(sha256, key);
  writeCanonicalJson(signed, { write: (piece) => mac.update(encoder.encode(piece)) });
  return SIGNATURE_PREFIX + hex(mac.digest());
}

/** Equal strings, compared in time that does not depend on where they differ. */
function sameSignature(left: string, right: string): boolean {
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let index = 0; index < left.length; index += 1) difference |= left.charCodeAt(index) ^ right.charCodeAt(index);
  return difference === 0;
}

/**
 * The snapshot body with its `signature` added, when a key is given; the body
 * unchanged otherwise. Throws `argument.invalid` for a key that is not a
 * string or bytes, or is shorter than {@link MIN_SIGNING_KEY_BYTES}.
 *
 * @example
 * ```ts
 * const signed = withSignature(toPersisted(someCase), key);
 * signed.signature; // 'hmac-sha256:…'
 * ```
 */
export function withSignature<Body extends Record<string, unknown>>(body: Body, key: SigningKey | undefined): Body & { signature?: string } {
  if (key === undefined) return body;
  return { ...body, signature: digest(body, keyBytes(key, ['key'])) };
}

/**
 * Check a parsed snapshot's signature against the reader's options: `null`
 * when it passes (or no key was given), a refusal otherwise:
 * `snapshot.unsigned` for a snapshot without a signature (unless
 * `allowUnsigned`), `snapshot.signatureInvalid` for one that no given key
 * signed (edited after signing, or signed with another key). Throws
 * `argument.invalid` for an unusable key.
 *
 * @example
 * ```ts
 * const refused = signatureRefusal(JSON.parse(text), { key });
 * if (refused !== null) return refused;
 * ```
 */
export function signatureRefusal(record: Record<string, unknown>, options: VerifyOptions): Result<never> | null {
  if (options.key === undefined) return null;
  const keys: readonly unknown[] = Array.isArray(options.key) ? options.key : [options.key];
  if (keys.length === 0) throw new PermitLifecycleError('argument.invalid', 'give at least one signing key', { path: ['key'] });
  const checked = keys.map((key, index) => keyBytes(key, Array.isArray(options.key) ? ['key', index] : ['key']));
  const signature = record.signature;
  if (signature === undefined) {
    if (options.allowUnsigned === true) return null;
    return fail(new PermitLifecycleError('snapshot.unsigned', 'the snapshot carries no signature and a signing key was given: refused (pass allowUnsigned: true to read snapshots written before signing was turned on)', { path: ['signature'] }));
  }
  if (typeof signature === 'string' && checked.some((key) => sameSignature(digest(record, key), signature))) return null;
  return fail(
    new PermitLifecycleError('snapshot.signatureInvalid', 'the snapshot signature does not match: it was changed after it was signed, or signed with another key', {
      path: ['signature'],
    }),
  );
}
