/**
 * The integrity checksum of a snapshot: CRC-32 of its canonical JSON (keys
 * sorted at every level), so it does not depend on key order (a database such
 * as PostgreSQL's `jsonb` reorders keys) and detects any damaged byte. It
 * guards against accidents and edits made outside the library; it is not a
 * signature (anyone can recompute it).
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * JSON with the keys of every object sorted: the same data always gives the
 * same text, whatever order its keys were written in.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: { d: 2, c: 3 } }); // '{"a":{"c":3,"d":2},"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (!isPlainObject(inner)) return inner;
    const sorted: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(inner).sort()) {
      Object.defineProperty(sorted, key, { value: inner[key], enumerable: true, writable: true, configurable: true });
    }
    return sorted;
  });
}

/**
 * The checksum of a snapshot body (everything but the `checksum` field itself),
 * written `crc32:` and eight hexadecimal digits.
 *
 * @example
 * ```ts
 * snapshotChecksum({ format: 'permit-lifecycles/case', schemaVersion: 2 }); // 'crc32:…'
 * ```
 */
export function snapshotChecksum(body: Record<string, unknown>): string {
  const { checksum: _ignored, ...rest } = body;
  const text = canonicalJson(rest);
  return `crc32:${crc32(new TextEncoder().encode(text)).toString(16).padStart(8, '0')}`;
}
