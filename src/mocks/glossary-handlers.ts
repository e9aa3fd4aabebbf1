import { http, HttpResponse } from 'msw'
import type { GlossaryTerm } from '../model/glossary'
import { whenReachable } from './handler-helpers'

/** The business glossary: read only, the same for everyone. */
export function createGlossaryHandlers(at: (path: string) => string, glossary: readonly GlossaryTerm[]) {
  return [http.get(at('/glossary'), whenReachable(() => HttpResponse.json(glossary)))]
}
