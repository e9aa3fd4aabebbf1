import { createContext, useContext } from 'react'
import type { ExpandDirection, ColumnRef } from './model/view-state'

/** What a node can ask the page to do; passed by context so node data stays plain and stable. */
export interface LineageActions {
  toggleExpansion(urn: string, direction: ExpandDirection): void
  toggleColumns(urn: string): void
  selectColumn(ref: ColumnRef): void
  openDomain(domainId: string): void
  closeDomain(domainId: string): void
}

export const LineageActionsContext = createContext<LineageActions | null>(null)

export function useLineageActions(): LineageActions {
  const actions = useContext(LineageActionsContext)
  if (!actions) throw new Error('useLineageActions outside the lineage page')
  return actions
}
