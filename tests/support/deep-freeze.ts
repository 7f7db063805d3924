/**
 * Deep-freeze plain data, so that any attempt of the library to mutate a case
 * it was given throws (ES modules run in strict mode) instead of passing unseen.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return Object.freeze(value);
}
