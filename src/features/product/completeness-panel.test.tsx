// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { makeColumn, makePort, makeProduct } from '../../model/test-products'
import type { DataProduct } from '../../model/types'
import { CompletenessPanel } from './completeness-panel'

const renderPanel = (product: DataProduct) =>
  render(
    <MemoryRouter initialEntries={['/products/urn%3At%3Ap']}>
      <CompletenessPanel product={product} />
    </MemoryRouter>,
  )

describe('CompletenessPanel', () => {
  it('says nothing is missing for a fully documented product', () => {
    renderPanel(makeProduct())
    expect(screen.getByRole('heading', { name: 'Documentation 100% complete' })).toBeInTheDocument()
    expect(screen.getByText(/Nothing is missing/)).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Missing documentation' })).toBeNull()
  })

  it('lists every gap of a poorly documented product, each leading to where it can be seen', () => {
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
    const gaps = within(screen.getByRole('list', { name: 'Missing documentation' }))
    expect(gaps.getByText('No description')).toBeInTheDocument()
    expect(gaps.getByText('No owner')).toBeInTheDocument()
    const columnsLink = gaps.getByRole('link', { name: '8 columns have no description' })
    expect(columnsLink).toHaveAttribute('href', '/products/urn%3At%3Ap?tab=schema&undocumented=1')
    expect(gaps.getByText('a')).toBeInTheDocument()
    expect(gaps.getByText(/and 3 more/)).toBeInTheDocument()
    expect(gaps.getByRole('link', { name: 'No data contract' })).toHaveAttribute('href', '/products/urn%3At%3Ap?tab=contract')
    expect(gaps.getByRole('link', { name: 'No service-level objectives' })).toHaveAttribute('href', '/products/urn%3At%3Ap?tab=contract')
    expect(screen.getByRole('heading', { name: /Documentation \d+% complete/ }).textContent).not.toContain('100%')
  })

  it('reports a product without output ports and without a product owner', () => {
    renderPanel(makeProduct({ outputPorts: [], owners: [{ role: 'steward', personId: 'p' }] }))
    const gaps = within(screen.getByRole('list', { name: 'Missing documentation' }))
    expect(gaps.getByText('No product owner')).toBeInTheDocument()
    expect(gaps.getByRole('link', { name: 'No output port' })).toHaveAttribute('href', '/products/urn%3At%3Ap?tab=access')
  })
})
