// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { TabList, TabPanel, type TabSelectVia } from './tabs'

const items = [
  { id: 'one', label: 'One' },
  { id: 'two', label: 'Two' },
  { id: 'three', label: 'Three' },
] as const
type Id = (typeof items)[number]['id']

function Harness({ onSelect }: { onSelect?: (id: Id, via: TabSelectVia) => void }) {
  const [selected, setSelected] = useState<Id>('one')
  return (
    <>
      <TabList label="Sections" idPrefix="t" items={items} selected={selected} onSelect={(id, via) => (setSelected(id), onSelect?.(id, via))} />
      <TabPanel idPrefix="t" id={selected}>
        Panel {selected}
      </TabPanel>
    </>
  )
}

describe('TabList', () => {
  it('follows the ARIA tabs pattern: one tab stop, tabs control a labelled panel', () => {
    render(<Harness />)
    expect(screen.getByRole('tablist', { name: 'Sections' })).toBeInTheDocument()
    const tabs = screen.getAllByRole('tab')
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1'])
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true')
    const panel = screen.getByRole('tabpanel', { name: 'One' })
    expect(tabs[0]).toHaveAttribute('aria-controls', panel.id)
  })

  it('moves and selects with arrow keys, wrapping, and Home/End, as keyboard choices', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    render(<Harness onSelect={onSelect} />)
    await user.tab()
    expect(screen.getByRole('tab', { name: 'One' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Two' })).toHaveFocus()
    expect(screen.getByRole('tab', { name: 'Two' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Panel two')
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'One' })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('tab', { name: 'Three' })).toHaveFocus()
    await user.keyboard('{Home}')
    expect(screen.getByRole('tab', { name: 'One' })).toHaveFocus()
    await user.keyboard('{End}')
    expect(screen.getByRole('tab', { name: 'Three' })).toHaveAttribute('aria-selected', 'true')
    expect(onSelect).toHaveBeenLastCalledWith('three', 'keyboard')
    await user.tab()
    expect(screen.getByRole('tabpanel')).toHaveFocus()
  })

  it('selects on click as a pointer choice', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    render(<Harness onSelect={onSelect} />)
    await user.click(screen.getByRole('tab', { name: 'Three' }))
    expect(onSelect).toHaveBeenCalledWith('three', 'pointer')
    expect(screen.getByRole('tabpanel', { name: 'Three' })).toBeInTheDocument()
  })
})
