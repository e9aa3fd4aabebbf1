// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { makeColumn } from '../../model/test-products'
import type { Column } from '../../model/types'
import { SchemaTable, VIRTUALISE_ABOVE } from './schema-table'

const columns: Column[] = [
  makeColumn({ name: 'session_id', type: 'string', required: true, description: 'Unique **session** id.' }),
  makeColumn({
    name: 'device',
    type: 'struct<os:string,model:string>',
    description: 'Device the session played on.',
    fields: [
      makeColumn({ name: 'os', type: 'string', description: 'Operating system.' }),
      makeColumn({ name: 'model', type: 'string', description: undefined, classification: 'confidential', pii: true, tags: ['pii'] }),
    ],
  }),
  makeColumn({ name: 'ip_address', type: 'string', description: '' }),
]

const body = () => screen.getAllByRole('rowgroup')[1]!
const rowNames = () => within(body()).getAllByRole('row').map((row) => within(row).getByRole('rowheader').querySelector('code')?.textContent)

describe('SchemaTable', () => {
  it('shows top-level columns as a table with a caption naming the port', () => {
    render(<SchemaTable columns={columns} caption="Sessions table" />)
    expect(screen.getByRole('table', { name: 'Columns of Sessions table' })).toBeInTheDocument()
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Column', 'Type', 'Required', 'Classification', 'Description', 'Tags'])
    expect(rowNames()).toEqual(['session_id', 'device', 'ip_address'])
    expect(within(body()).getByText('session', { selector: 'strong' })).toBeInTheDocument()
  })

  it('expands and collapses nested fields', async () => {
    const user = userEvent.setup()
    render(<SchemaTable columns={columns} caption="Sessions table" />)
    const device = screen.getByRole('button', { name: /^device/ })
    expect(device).toHaveAttribute('aria-expanded', 'false')
    await user.click(device)
    expect(device).toHaveAttribute('aria-expanded', 'true')
    expect(rowNames()).toEqual(['session_id', 'device', 'os', 'model', 'ip_address'])
    const model = within(body()).getAllByRole('row')[3]!
    expect(within(model).getByText('confidential')).toBeInTheDocument()
    expect(within(model).getByText('PII')).toBeInTheDocument()
    await user.click(device)
    expect(rowNames()).toEqual(['session_id', 'device', 'ip_address'])
    await user.click(screen.getByRole('button', { name: 'Expand all' }))
    expect(rowNames()).toHaveLength(5)
  })

  it('marks undocumented columns, blank descriptions included, and counts them', () => {
    render(<SchemaTable columns={columns} caption="Sessions table" />)
    const ip = within(body()).getAllByRole('row')[2]!
    expect(within(ip).getByText('Undocumented')).toBeInTheDocument()
    expect(within(body()).getAllByText('Undocumented')).toHaveLength(1)
    expect(screen.getByText(/5 columns · 2 undocumented/)).toBeInTheDocument()
  })

  it('filters by name, naming nested matches by their path, and says when nothing matches', () => {
    const { rerender } = render(<SchemaTable columns={columns} caption="Sessions table" filter="MODEL" />)
    expect(rowNames()).toEqual(['device.model'])
    expect(screen.getByText(/1 of 5 columns match/)).toBeInTheDocument()
    rerender(<SchemaTable columns={columns} caption="Sessions table" undocumentedOnly />)
    expect(rowNames()).toEqual(['device.model', 'ip_address'])
    rerender(<SchemaTable columns={columns} caption="Sessions table" filter="nope" />)
    expect(screen.getByText('No column matches “nope”.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()
  })

  it('says so when a port has no columns', () => {
    render(<SchemaTable columns={[]} caption="Empty" />)
    expect(screen.getByText('This port declares no columns.')).toBeInTheDocument()
  })

  it('renders hostile column descriptions as inert text', () => {
    const hostile = makeColumn({ name: 'notes', description: '<img src=x onerror="window.__pwned = true"> <script>window.__pwned = true</script> [x](javascript:window.__pwned=true)' })
    const { container } = render(<SchemaTable columns={[hostile]} caption="Hostile" />)
    expect(container.querySelector('img, script, [onerror], a[href^="javascript"]')).toBeNull()
    expect(screen.getByText(/<script>/)).toBeInTheDocument()
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined()
  })

  describe('with 1,000 columns', () => {
    const many = Array.from({ length: 1000 }, (_, i) => makeColumn({ name: `col_${i}`, description: i % 2 ? `Column ${i}.` : undefined }))
    beforeEach(() => {
      // jsdom lays nothing out: give the scroll area and rows a size so the virtualiser can work.
      vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
      vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000)
      vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(40)
    })
    afterEach(() => vi.restoreAllMocks())

    it('renders only the rows in view while announcing the full row count', async () => {
      render(<SchemaTable columns={many} caption="Wide table" />)
      const table = screen.getByRole('table', { name: 'Columns of Wide table' })
      expect(table).toHaveAttribute('aria-rowcount', '1001')
      const rendered = (await within(body()).findAllByRole('row')).filter((row) => row.getAttribute('aria-hidden') !== 'true')
      expect(rendered.length).toBeGreaterThan(0)
      expect(rendered.length).toBeLessThan(100)
      expect(rendered[0]).toHaveAttribute('aria-rowindex', '2')
      expect(screen.getByRole('region', { name: /Columns of Wide table, scrollable/ })).toHaveAttribute('tabindex', '0')
      expect(VIRTUALISE_ABOVE).toBeLessThan(1000)
    })

    it('filters all 1,000 columns, not only the rendered ones', () => {
      render(<SchemaTable columns={many} caption="Wide table" filter="col_999" />)
      expect(rowNames()).toEqual(['col_999'])
    })
  })
})
