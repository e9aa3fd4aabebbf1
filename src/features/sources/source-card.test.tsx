// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import { SourceCard } from './source-card'

describe('SourceCard', () => {
  it('shows the state, the file, and each problem with its line, quoting code as code', () => {
    render(
      <ul>
        <SourceCard
          source={{
            url: 'contracts/orders.yaml',
            format: 'ODCS v3.0.2 data contract',
            state: 'partial',
            summary: 'Contract orders v1 on “Orders”.',
            problems: [
              { severity: 'error', message: 'schema/0: missing required field “name”', line: 12, column: 3, path: '/schema/0' },
              { severity: 'warning', message: 'Run `dbt docs generate` <script>alert(1)</script>' },
            ],
          }}
        />
      </ul>,
    )
    const card = screen.getByRole('listitem', { name: 'contracts/orders.yaml' })
    expect(card).toHaveTextContent('Loaded with problems')
    const problems = within(card).getByRole('list', { name: 'Problems in contracts/orders.yaml' })
    expect(within(problems).getAllByRole('listitem')[0]).toHaveTextContent('Error at line 12, column 3: schema/0: missing required field “name” /schema/0')
    expect(within(problems).getByText('dbt docs generate').tagName).toBe('CODE')
    expect(problems).toHaveTextContent('<script>alert(1)</script>')
  })
})
