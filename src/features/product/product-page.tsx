import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { ErrorBoundary } from 'react-error-boundary'
import { useParams, useSearchParams } from 'react-router'
import { isCatalogError } from '../../backends/errors'
import { productConsumers } from '../../model/consumers'
import { countColumns } from '../../model/schema-columns'
import type { DataProduct } from '../../model/types'
import type { CatalogIndex } from '../../model/catalog-index'
import { useBackend } from '../../queries/backend-context'
import { canEdit } from '../../model/product-queries'
import { ProposalPanel } from './proposal/proposal-panel'
import { identityQuery, productQuery } from '../../queries/catalog-queries'
import { useCatalog } from '../../queries/use-catalog'
import { ProductActionsSlot } from '../../ui/slots'
import { TabList, TabPanel, type TabSelectVia } from '../../ui/tabs'
import { useDocumentTitle } from '../../ui/use-document-title'
import { ConsumersTab } from './consumers-tab'
import { ContractTab } from './contract-tab'
import { ConflictPanel } from './editing/conflict-panel'
import { DraftsBanner } from './editing/drafts-banner'
import { EditSessionProvider } from './editing/edit-session'
import { useEditSession } from './editing/edit-session-context'
import { LeaveGuard } from './editing/leave-guard'
import { UnsavedBar } from './editing/unsaved-bar'
import { HistoryTab } from './history-tab'
import { LineagePreview } from './lineage-preview'
import { OutputPorts } from './output-ports'
import { OverviewTab } from './overview-tab'
import { ProductHeader } from './product-header'
import { ProductNotFound } from './product-not-found'
import { parseTab, PRODUCT_TABS, TAB_LABELS, type ProductTab } from './product-tabs'
import { SchemaTab } from './schema-tab'
import './product.css'

/** Keyed by URN so nothing of one product (an open editor, its draft) carries over to the next. */
export function ProductPage() {
  const { urn = '' } = useParams()
  return (
    <ErrorBoundary
      key={urn}
      fallbackRender={({ error }) => {
        if (isCatalogError(error) && error.kind === 'not-found') return <ProductNotFound urn={urn} />
        throw error
      }}
    >
      <ProductView key={urn} urn={urn} />
    </ErrorBoundary>
  )
}

function tabCount(tab: ProductTab, product: DataProduct, catalog: CatalogIndex): number | undefined {
  switch (tab) {
    case 'access':
      return product.outputPorts.length
    case 'schema':
      return product.outputPorts.reduce((sum, port) => sum + countColumns(port.columns).total, 0)
    case 'consumers':
      return productConsumers(catalog, product.urn).products.length
    default:
      return undefined
  }
}

function ProductView({ urn }: { urn: string }) {
  const backend = useBackend()
  const { data: product } = useSuspenseQuery(productQuery(backend, urn))
  const catalog = useCatalog()
  const { data: identity } = useQuery(identityQuery(backend))
  const [params, setParams] = useSearchParams()
  // Several backends shown as one: what this product's own backend can do.
  const capabilities = backend.capabilitiesFor?.(product.urn) ?? backend.capabilities
  const tabs = PRODUCT_TABS.filter((id) => id !== 'history' || capabilities.history)
  const tab = parseTab(params.get('tab'), tabs)
  const editable = capabilities.edit && canEdit(product, identity?.personId, catalog.catalog.people)
  useDocumentTitle(tab === 'overview' ? product.title : `${product.title} · ${TAB_LABELS[tab]}`)

  const selectTab = (next: ProductTab, via: TabSelectVia) =>
    setParams(next === 'overview' ? {} : { tab: next }, { replace: via === 'keyboard', preventScrollReset: true })
  const items = tabs.map((id) => {
    const count = tabCount(id, product, catalog)
    return {
      id,
      label: (
        <>
          {TAB_LABELS[id]}
          {count !== undefined && (
            <>
              {' '}
              <span className="tab-count">{count.toLocaleString()}</span>
            </>
          )}
        </>
      ),
    }
  })

  return (
    <EditSessionProvider product={product} canEdit={editable} editableFields={capabilities.editableFields} ownerRoles={capabilities.ownerRoles}>
      <article className="stack product-page">
        <ProductHeader product={product} catalog={catalog} hasHistory={capabilities.history} />
        <ProductActionsSlot product={product} />
        <DraftsBanner />
        <ProposalPanel product={product} />
        <ConflictSlot />
        <div>
          <TabList label="Product sections" idPrefix="product" items={items} selected={tab} onSelect={selectTab} />
          <TabPanel idPrefix="product" id={tab}>
            {tab === 'overview' && <OverviewTab product={product} catalog={catalog} />}
            {tab === 'access' && <OutputPorts product={product} catalog={catalog} />}
            {tab === 'schema' && <SchemaTab product={product} />}
            {tab === 'contract' && <ContractTab product={product} />}
            {tab === 'lineage' && <LineagePreview product={product} catalog={catalog} />}
            {tab === 'consumers' && <ConsumersTab product={product} catalog={catalog} />}
            {tab === 'history' && <HistoryTab product={product} catalog={catalog} />}
          </TabPanel>
        </div>
        <UnsavedBar />
        <LeaveGuard />
      </article>
    </EditSessionProvider>
  )
}

/** A new conflict (a new revision of theirs) starts with no choices made. */
function ConflictSlot() {
  const { conflict } = useEditSession()
  return conflict ? <ConflictPanel key={conflict.theirs.revision} /> : null
}
