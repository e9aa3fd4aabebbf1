// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { termUsage } from '../../../model/term-usage'
import { addTyped, ChipInput } from './chip-input'

const usage = termUsage([['pii', 'playback'], ['pii'], ['pii', 'core-pipeline'], ['playback']])

function Harness({ initial = [] as string[], onValues }: { initial?: string[]; onValues: (values: string[]) => void }) {
  const [values, setValues] = useState(initial)
  const [typed, setTyped] = useState('')
  return (
    <ChipInput
      label="Tags"
      noun="tag"
      values={values}
      onChange={(next) => (setValues(next), onValues(next))}
      typed={typed}
      onTypedChange={setTyped}
      usage={usage}
    />
  )
}

const setup = (initial?: string[]) => {
  const values: string[][] = []
  render(<Harness initial={initial} onValues={(v) => values.push(v)} />)
  return { user: userEvent.setup(), box: screen.getByRole('combobox', { name: 'Add a tag' }), values }
}

describe('ChipInput', () => {
  it('offers the tags in use with how many products use each, and Enter picks the highlighted one', async () => {
    const { user, box, values } = setup()
    await user.type(box, 'pi')
    const options = screen.getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['pii3 products', 'core-pipeline1 product', 'Create tag “pi”'])
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id)
    await user.keyboard('{Enter}')
    expect(values.at(-1)).toEqual(['pii'])
    expect(box).toHaveValue('')
    expect(screen.queryByRole('option')).not.toBeInTheDocument()
  })

  it('creates a new tag only when “Create tag …” is chosen', async () => {
    const { user, box, values } = setup()
    await user.type(box, 'pi')
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('option', { name: 'Create tag “pi”' })).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Enter}')
    expect(values.at(-1)).toEqual(['pi'])

    await user.type(box, 'brand-new')
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Create tag “brand-new”'])
    await user.click(screen.getByRole('option', { name: 'Create tag “brand-new”' }))
    expect(values.at(-1)).toEqual(['pi', 'brand-new'])
  })

  it('takes the spelling in use for an exact match, never offers a chosen tag, and removes the last chip on Backspace', async () => {
    const { user, box, values } = setup(['playback'])
    await user.type(box, 'PII')
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['pii3 products'])
    await user.keyboard('{Enter}')
    expect(values.at(-1)).toEqual(['playback', 'pii'])
    await user.type(box, 'playback')
    expect(screen.queryByRole('option')).not.toBeInTheDocument()
    await user.clear(box)
    await user.keyboard('{Backspace}')
    expect(values.at(-1)).toEqual(['playback'])
  })

  it('closes the list on Escape without cancelling, and a comma picks like Enter', async () => {
    const { user, box, values } = setup()
    await user.type(box, 'core')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('option')).not.toBeInTheDocument()
    expect(box).toHaveValue('core')
    await user.keyboard(',')
    expect(values.at(-1)).toEqual(['core-pipeline'])
  })
})

describe('addTyped', () => {
  it('adds what Enter would pick, or each word of a pasted list in the spelling in use', () => {
    expect(addTyped(usage, 'pi', [])).toEqual(['pii'])
    expect(addTyped(usage, 'PII, fresh', [])).toEqual(['pii', 'fresh'])
    expect(addTyped(usage, 'unknown', ['pii'])).toEqual(['pii', 'unknown'])
  })
})
