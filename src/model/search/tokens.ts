// Identifiers such as `playback.playback_sessions` or `session_id` are indexed whole and by their parts,
// so an exact table name, a column name and a single word of either all find the product.
const SEPARATORS = /[\s,;()[\]{}"'`|<>=!?*#+&@/\\]+/u
const PATH_PARTS = /[.:]+/
const WORD_PARTS = /[_-]+/
const IDENTIFIER = /[.:_-]/
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu

export function tokenize(text: string): string[] {
  return text.split(SEPARATORS)
}

const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127

// Most terms start and end with a letter or digit; only the rest pay for the Unicode-aware trim.
const clean = (term: string) => {
  const lower = term.toLowerCase()
  return isWordChar(lower.charCodeAt(0)) && isWordChar(lower.charCodeAt(lower.length - 1)) && !/[\u0080-\uffff]/.test(lower)
    ? lower
    : lower.replace(EDGE_PUNCTUATION, '')
}

/** Index side: a term and, for identifiers, each of its parts: `device.os_version` → itself, `device`, `os_version`, `os`, `version`. */
export function indexTerms(term: string): string[] | null {
  const whole = clean(term)
  if (!whole) return null
  if (!IDENTIFIER.test(whole)) return [whole]
  const terms = new Set([whole])
  for (const segment of whole.split(PATH_PARTS)) {
    if (!segment) continue
    terms.add(segment)
    for (const word of segment.split(WORD_PARTS)) if (word) terms.add(word)
  }
  return [...terms]
}

/** Query side: the term as typed, lower-cased; identifiers stay whole. */
export function queryTerm(term: string): string | null {
  return clean(term) || null
}

/** The words of a query as the index sees them. */
export function queryWords(query: string): string[] {
  return tokenize(query)
    .map(queryTerm)
    .filter((t): t is string => t !== null)
}
