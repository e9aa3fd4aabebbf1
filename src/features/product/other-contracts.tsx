import type { ContractRef, DataProduct } from '../../model/types'
import { SafeLink } from '../../ui/safe-link'

/** The product's contracts beyond its main one, each with the ports it covers and every check it names. */
export function OtherContracts({ product }: { product: DataProduct }) {
  const others = (product.contracts ?? []).filter((c) => c !== product.contract && c.id !== product.contract?.id)
  if (others.length === 0) return null
  return (
    <section className="card" aria-labelledby="other-contracts-title">
      <h2 id="other-contracts-title" className="section-title">
        {others.length === 1 ? 'Another contract of this product' : `${others.length} more contracts of this product`}
      </h2>
      {others.map((contract) => (
        <OtherContract key={`${contract.id}@${contract.version}`} contract={contract} product={product} />
      ))}
    </section>
  )
}

function OtherContract({ contract, product }: { contract: ContractRef; product: DataProduct }) {
  const ports = product.outputPorts.filter((p) => p.contractId === contract.id)
  const checks = contract.terms?.qualityChecks ?? []
  return (
    <article aria-label={`Contract ${contract.id}`} className="other-contract">
      <h3 className="subsection-title">
        <code>{contract.id}</code> v{contract.version}
      </h3>
      <dl className="facts">
        {contract.standard && (
          <>
            <dt>Written in</dt>
            <dd>{contract.standard}</dd>
          </>
        )}
        <dt>Covers</dt>
        <dd>{ports.length ? ports.map((p) => p.name).join(', ') : <span className="muted">no port names it</span>}</dd>
        {contract.url && (
          <>
            <dt>Source</dt>
            <dd>
              <SafeLink href={contract.url}>{contract.url}</SafeLink>
            </dd>
          </>
        )}
      </dl>
      {checks.length === 0 ? (
        <p className="muted">The contract names no quality checks.</p>
      ) : (
        <ul aria-label={`Quality checks of ${contract.id}`}>
          {checks.map((check, i) => (
            <li key={`${check.name}-${i}`}>
              <strong>{check.name}</strong>
              {check.column && (
                <>
                  {' '}
                  on <code>{check.column}</code>
                </>
              )}
              {check.description && <div className="muted check-description">{check.description}</div>}
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
