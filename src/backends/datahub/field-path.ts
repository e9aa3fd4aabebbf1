/** `[version=2.0].[type=struct].address.[type=string].city` → `address.city` (a dot inside brackets is no separator). */
export const simpleFieldPath = (fieldPath: string) =>
  (fieldPath.match(/\[[^\]]*\]|[^.]+/g) ?? []).filter((part) => !part.startsWith('[')).join('.')
