import { deu, eng, fra, ita, nld, por, spa } from 'stopword'

// English always (catalogue vocabulary is mostly English), plus the reader's own language.
const LISTS: Record<string, readonly string[]> = { en: eng, de: deu, fr: fra, it: ita, nl: nld, pt: por, es: spa }

/** Common words of English and of the given languages (BCP 47 tags, e.g. `navigator.languages`). */
export function stopWordsFor(languages: readonly string[] = []): ReadonlySet<string> {
  const codes = new Set(['en', ...languages.map((tag) => tag.toLowerCase().split('-')[0]!)])
  return new Set([...codes].flatMap((code) => LISTS[code] ?? []))
}

/**
 * The words a query must match: common words do not have to, unless the query has nothing else
 * (a search for "the" still looks for "the").
 */
export function requiredWords(words: readonly string[], stopWords: ReadonlySet<string>): string[] {
  const meaningful = words.filter((word) => !stopWords.has(word))
  return meaningful.length > 0 ? meaningful : [...words]
}
