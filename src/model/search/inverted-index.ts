import SearchableMap from 'minisearch/SearchableMap'

// MiniSearch's radix tree finds terms by exact key, prefix and edit distance; the postings and
// scoring are typed arrays here, because MiniSearch's per-document result objects cost 50–150 ms
// per keystroke for short prefixes at 10,000 products (measured; the budget is 16 ms).

export interface IndexField {
  name: string
  boost: number
}

/** How a query word reached a term. */
export type Expansion = { termId: number; term: string; weight: number; word: number }

export interface QueryOptions {
  prefix: boolean
  /** Near misspellings, for words of five letters or more that reach no term exactly or as a prefix. */
  fuzzy: boolean
  /** `and`: a document must match every word; `or`: any word. */
  combine: 'and' | 'or'
}

const PREFIX_WEIGHT = 0.6
const FUZZY_WEIGHT = 0.35
/** Shorter words have too many near neighbours: "chen" is one letter from "when". */
const FUZZY_MIN_LENGTH = 5
/** Prefixes as short as one letter can reach most of the vocabulary; the most frequent terms are enough. */
const MAX_EXPANSIONS = 400
const BM25 = { k: 1.2, b: 0.7 }

/** A term of the query found in a document: which query word reached it, in which fields. */
export interface TermInDocument {
  term: string
  word: number
  fields: number[]
  typo: boolean
}

interface Postings {
  /** Document ids, ascending; one entry per (document, field). */
  docs: Int32Array
  fields: Uint8Array
  tf: Uint16Array
  df: number
}

interface Building {
  docs: number[]
  fields: number[]
  tf: number[]
}

export class InvertedIndex {
  readonly size: number
  private readonly dictionary: SearchableMap<number>
  private readonly terms: string[] = []
  private readonly postings: Postings[] = []
  private readonly fieldLengths: Uint16Array[]
  private readonly averageLengths: number[]
  private readonly boosts: number[]
  private readonly score: Float64Array
  private readonly generation: Int32Array
  /** Per document, how many words of the current query it matched. */
  private readonly counts: Uint16Array
  private readonly seen: Int32Array
  /** Per document, a bit per query word reached in the first field by an exact or prefix term. */
  private readonly primaryWords: Uint32Array
  private currentGeneration = 0
  private marker = 0

  /**
   * @param documents one array of strings per document, aligned with `fields`
   * @param terms splits a field's text into index terms
   */
  constructor(fields: readonly IndexField[], documents: readonly (readonly string[])[], terms: (text: string) => readonly string[]) {
    if (fields.length > 255) throw new Error('too many fields')
    this.size = documents.length
    this.boosts = fields.map((f) => f.boost)
    this.fieldLengths = fields.map(() => new Uint16Array(documents.length))
    const building: Building[] = []
    const totals = fields.map(() => 0)
    const counts = new Map<string, number>()
    // A hash map while building; the radix tree, built once from the distinct terms, for prefix and fuzzy lookups.
    const ids = new Map<string, number>()

    documents.forEach((texts, doc) => {
      fields.forEach((_, field) => {
        counts.clear()
        let length = 0
        for (const term of terms(texts[field] ?? '')) {
          counts.set(term, (counts.get(term) ?? 0) + 1)
          length++
        }
        this.fieldLengths[field]![doc] = Math.min(length, 65_535)
        totals[field]! += length
        for (const [term, tf] of counts) {
          let id = ids.get(term)
          if (id === undefined) {
            id = this.terms.length
            ids.set(term, id)
            this.terms.push(term)
            building.push({ docs: [], fields: [], tf: [] })
          }
          const list = building[id]!
          list.docs.push(doc)
          list.fields.push(field)
          list.tf.push(Math.min(tf, 65_535))
        }
      })
    })
    this.dictionary = SearchableMap.from(ids)
    this.averageLengths = totals.map((t) => Math.max(1, t / Math.max(1, documents.length)))
    for (const list of building) {
      let df = 0
      for (let i = 0; i < list.docs.length; i++) if (i === 0 || list.docs[i] !== list.docs[i - 1]) df++
      this.postings.push({ docs: Int32Array.from(list.docs), fields: Uint8Array.from(list.fields), tf: Uint16Array.from(list.tf), df })
    }
    this.score = new Float64Array(documents.length)
    this.generation = new Int32Array(documents.length)
    this.counts = new Uint16Array(documents.length)
    this.seen = new Int32Array(documents.length)
    this.primaryWords = new Uint32Array(documents.length)
  }

  get termCount(): number {
    return this.terms.length
  }

  /** The terms each query word reaches: itself, the words it begins, and (if `fuzzy` and nothing else) near misspellings. */
  expand(words: readonly string[], { prefix, fuzzy }: Pick<QueryOptions, 'prefix' | 'fuzzy'>): Expansion[] {
    const expansions: Expansion[] = []
    words.forEach((word, index) => {
      const found = new Map<number, Expansion>()
      const add = (termId: number, term: string, weight: number) => {
        const existing = found.get(termId)
        if (!existing || existing.weight < weight) found.set(termId, { termId, term, weight, word: index })
      }
      const exact = this.dictionary.get(word)
      if (exact !== undefined) add(exact, word, 1)
      if (prefix) {
        const candidates: [string, number][] = []
        this.dictionary.atPrefix(word).forEach((term, termId) => {
          if (term !== word) candidates.push([term, termId])
        })
        if (candidates.length > MAX_EXPANSIONS) {
          candidates.sort((a, b) => this.postings[b[1]]!.df - this.postings[a[1]]!.df)
          candidates.length = MAX_EXPANSIONS
        }
        for (const [term, termId] of candidates) add(termId, term, PREFIX_WEIGHT * (0.5 + (0.5 * word.length) / term.length))
      }
      if (fuzzy && found.size === 0 && word.length >= FUZZY_MIN_LENGTH) {
        const distance = word.length >= 8 ? 2 : 1
        for (const [term, [termId, edits]] of this.dictionary.fuzzyGet(word, distance)) {
          if (edits > 0) add(termId, term, FUZZY_WEIGHT * (1 - edits / (word.length + 1)))
        }
      }
      expansions.push(...found.values())
    })
    return expansions
  }

  /** Documents matching the expansions, with BM25 scores weighted by field boost and by how each term was reached. */
  query(expansions: readonly Expansion[], wordCount: number, combine: QueryOptions['combine']): { ids: number[]; scores: Float64Array } {
    const generation = ++this.currentGeneration
    const touched: number[] = []
    const byWord = Array.from({ length: wordCount }, () => [] as Expansion[])
    for (const e of expansions) byWord[e.word]?.push(e)

    const counts = this.counts
    byWord.forEach((wordExpansions, word) => {
      const marker = ++this.marker
      const bit = word < 32 ? 1 << word : 0
      for (const { termId, weight } of wordExpansions) {
        const primaryBit = weight > FUZZY_WEIGHT ? bit : 0
        const list = this.postings[termId]!
        const idf = Math.log(1 + (this.size - list.df + 0.5) / (list.df + 0.5))
        for (let i = 0; i < list.docs.length; i++) {
          const doc = list.docs[i]!
          const fresh = this.generation[doc] !== generation
          if (combine === 'and' && (fresh ? word > 0 : counts[doc]! < word)) continue
          if (fresh) {
            this.generation[doc] = generation
            this.score[doc] = 0
            counts[doc] = 0
            this.primaryWords[doc] = 0
            touched.push(doc)
          }
          const field = list.fields[i]!
          if (field === 0) this.primaryWords[doc]! |= primaryBit
          const tf = list.tf[i]!
          const norm = 1 - BM25.b + (BM25.b * this.fieldLengths[field]![doc]!) / this.averageLengths[field]!
          this.score[doc]! += this.boosts[field]! * weight * idf * ((tf * (BM25.k + 1)) / (tf + BM25.k * norm))
          if (this.seen[doc] !== marker) {
            this.seen[doc] = marker
            counts[doc]!++
          }
        }
      }
    })
    const need = combine === 'and' ? wordCount : 1
    return { ids: touched.filter((doc) => counts[doc]! >= need), scores: this.score }
  }

  /** How many words of the last query the document matched (0 if it matched none). */
  wordsMatched(doc: number): number {
    return this.generation[doc] === this.currentGeneration ? this.counts[doc]! : 0
  }

  /** Whether every word of the last query reached the document's first field without a typo. */
  allWordsInPrimary(doc: number, wordCount: number): boolean {
    const all = wordCount >= 32 ? 0xffffffff : (1 << wordCount) - 1
    return (this.primaryWords[doc]! & all) >>> 0 === all >>> 0
  }

  /** Which of the expansions occur in a document, and in which fields. */
  termsIn(doc: number, expansions: readonly Expansion[]): TermInDocument[] {
    const found: TermInDocument[] = []
    for (const { termId, term, weight, word } of expansions) {
      const { docs, fields } = this.postings[termId]!
      let lo = 0
      let hi = docs.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (docs[mid]! < doc) lo = mid + 1
        else hi = mid
      }
      const inFields: number[] = []
      for (let i = lo; i < docs.length && docs[i] === doc; i++) inFields.push(fields[i]!)
      if (inFields.length > 0) found.push({ term, word, fields: inFields, typo: weight <= FUZZY_WEIGHT })
    }
    return found
  }
}
