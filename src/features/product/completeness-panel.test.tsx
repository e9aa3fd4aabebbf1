// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import type { BackendCapabilities, CatalogBackend } from '../../backends/catalog-backend'
import { makeColumn, makePort, makeProduct } from '../../model/test-products'
import type { DataProduct } from '../../model/types'
import { BackendProvider } from '../../queries/backend-context'
import { CompletenessPanel } from './completeness-panel'

const CAN_EDIT: BackendCapabilities = { search: 'client', edit: true, history: false, columnLineage: false, switchIdentity: false }

const renderPanel = (product: DataProduct, capabilities: BackendCapabilities = CAN_EDIT) =>
  render(
    <BackendProvider backend={{ id: 't', label: 'Test', capabilities } as CatalogBackend}>
      <MemoryRouter initialEntries={['/products/urn%3At%3Ap']}>
        <CompletenessPanel product={product} />
      </MemoryRouter>
    </BackendProvider>,
  )

describe('CompletenessPanel', () => {
  it('says nothing is missing for a fully documented product, and how the parts are weighted', () => {
    renderPanel(makeProduct())
    expect(screen.getByRole('heading', { name: 'Documentation 100% complete' })).toBeInTheDocument()
    expect(screen.getByText(/Nothing is missing/)).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: /Gaps to fix/ })).toBeNull()
    expect(screen.getByText(/Weighted out of 100: description 25, owners 20/)).toBeInTheDocument()
  })

  it('lists the gaps an owner can fix here apart from those fixed elsewhere, each with its points and a way to see it', () => {
    const columns = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => makeColumn({ name, description: undefined }))
    renderPanel(
      makeProduct({
        description: '   ',
        owners: [],
        contract: undefined,
        slos: [],
        outputPorts: [makePort({ columns: [...columns, makeColumn({ name: 'nested', fields: [makeColumn({ name: 'x', description: '' })] })] })],
      }),
    )
    const here = within(screen.getByRole('list', { name: 'Gaps to fix in Tessera' }))
    expect(here.getByText('No description').parentElement).toHaveTextContent('No description (25 points)')
    expect(here.getByText('No owner')).toBeInTheDocument()
    const columnsLink = here.getByRole('link', { name: '8 columns have no description' })
    expect(columnsLink).toHaveAttribute('href', '/products/urn%3At%3Ap?tab=schema&undocumented=1')
    expect(here.getByText('a')).toBeInTheDocument()
    expect(here.getByText(/and 3 more/)).toBeInTheDocument()
    // 8 of 9 columns undocumented: 8/9 of the 20 column points
    expect(here.getByText('(17.8 points)')).toBeInTheDocument()
    const elsewhere = within(screen.getByRole('list', { name: 'Gaps to fix outside Tessera' }))
    expect(elsewhere.getByRole('link', { name: 'No data contract' })).toHaveAttribute('href', '/products/urn%3At%3Ap?tab=contract')
    expect(elsewhere.getByRole('link', { name: 'No service-level objectives' })).toHaveAttribute('href', '/products/urn%3At%3Ap?tab=contract')
    expect(elsewhere.getByText(/Write a data contract/)).toBeInTheDocument()
    expect(here.queryByText('No data contract')).toBeNull()
    expect(screen.getByRole('heading', { name: /Documentation \d+% complete/ }).textContent).not.toContain('100%')
  })

  it('says plainly when everything fixable here is done and what remains elsewhere', () => {
    renderPanel(makeProduct({ contract: undefined }))
    expect(screen.getByRole('heading', { name: 'Documentation 85% complete' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Everything that can be fixed in Tessera is done. The remaining 15%')
    expect(screen.queryByRole('list', { name: 'Gaps to fix in Tessera' })).toBeNull()
    expect(within(screen.getByRole('list', { name: 'Gaps to fix outside Tessera' })).getByText('No data contract')).toBeInTheDocument()
  })

  it('puts the fields a read-only backend cannot write outside Tessera', () => {
    renderPanel(makeProduct({ description: '' }), { ...CAN_EDIT, edit: false })
    expect(within(screen.getByRole('list', { name: 'Gaps to fix outside Tessera' })).getByText('No description')).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Gaps to fix in Tessera' })).toBeNull()
  })

  it('puts only the fields a backend can write in Tessera', () => {
    renderPanel(makeProduct({ description: '', owners: [] }), { ...CAN_EDIT, editableFields: ['description'] })
    expect(within(screen.getByRole('list', { name: 'Gaps to fix in Tessera' })).getByText('No description')).toBeInTheDocument()
    expect(within(screen.getByRole('list', { name: 'Gaps to fix outside Tessera' })).getByText('No owner')).toBeInTheDocument()
  })

  it('reports a product without output ports and without a product owner', () => {
    renderPanel(makeProduct({ outputPorts: [], owners: [{ role: 'steward', personId: 'p' }] }))
    expect(within(screen.getByRole('list', { name: 'Gaps to fix in Tessera' })).getByText('No product owner')).toBeInTheDocument()
    const elsewhere = within(screen.getByRole('list', { name: 'Gaps to fix outside Tessera' }))
    expect(elsewhere.getByRole('link', { name: 'No output port' })).toHaveAttribute('href', '/products/urn%3At%3Ap?tab=access')
    expect(elsewhere.getByText('(30 points)')).toBeInTheDocument()
  })

  it('says the figure is partial when the columns were not read', () => {
    renderPanel(makeProduct({ outputPorts: [makePort({ columns: [], columnsUnread: true })] }))
    expect(screen.getByText(/Partial figure: the catalogue listing does not include the columns of 1 output port/)).toBeInTheDocument()
  })
})
