// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { makeColumn } from '../../../model/test-products'
import { ClassificationCell, type ColumnEditActions } from './column-cells'

const actions = (): ColumnEditActions => ({ startEdit: vi.fn(), change: vi.fn(), commit: vi.fn(), cancel: vi.fn(), retry: vi.fn(), setClassification: vi.fn(), setTags: vi.fn() })

describe('ClassificationCell', () => {
  it('changes the classification only when Save is pressed, like every other field', async () => {
    const user = userEvent.setup()
    const edit = actions()
    render(<ClassificationCell column={makeColumn({ name: 'ip' })} path="ip" editable status={undefined} actions={edit} />)
    await user.click(screen.getByRole('button', { name: /^Classify\s*ip$/ }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Classification of ip' }), 'confidential')
    expect(edit.setClassification).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: /^Save\s*classification of ip$/ }))
    expect(edit.setClassification).toHaveBeenCalledWith('ip', 'confidential')
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
  })

  it('leaves the classification as it was on Escape or Cancel', async () => {
    const user = userEvent.setup()
    const edit = actions()
    render(<ClassificationCell column={makeColumn({ name: 'ip', classification: 'internal' })} path="ip" editable status={undefined} actions={edit} />)
    await user.click(screen.getByRole('button', { name: /^Change\s*classification of ip$/ }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Classification of ip' }), 'restricted')
    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('button', { name: /^Change\s*classification of ip$/ }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(edit.setClassification).not.toHaveBeenCalled()
  })
})
