import type { ContractRef, DataProduct, QualityCheck } from '../../model/types'
import { Markdown } from '../../ui/markdown'
import { SafeLink } from '../../ui/safe-link'
import { OtherContracts } from './other-contracts'
import { QualityChecks } from './quality-checks'
import { SloList } from './slo-list'

/** Checks the catalogue runs that no contract promises: shown apart, so nobody mistakes them for a promise. */
function MonitoredChecks({ checks, title, note }: { checks: QualityCheck[]; title: string; note: string }) {
  if (checks.length === 0) return null
  return (
    <section className="card" aria-labelledby="monitored-title">
      <h2 id="monitored-title" className="section-title">
        {title}
      </h2>
      <p className="muted" style={{ marginTop: 0 }}>
        {note}
      </p>
      <QualityChecks checks={checks} caption={title} />
    </section>
  )
}

const portNames = (ports: readonly { name: string }[]) =>
  ports.length === 1 ? `the ${ports[0]!.name} port` : `the ${ports.slice(0, -1).map((p) => p.name).join(', ')} and ${ports.at(-1)!.name} ports`

function ContractSummary({ contract, product }: { contract: ContractRef; product: DataProduct }) {
  const named = product.outputPorts.filter((p) => p.contractId === contract.id)
  const ports = named.length ? named : product.outputPorts.filter((p) => p.id === contract.outputPortId)
  const terms = contract.terms
  return (
    <section className="card" aria-labelledby="contract-title">
      <h2 id="contract-title" className="section-title">
        Data contract
      </h2>
      <dl className="facts">
        <dt>Contract</dt>
        <dd>
          <code>{contract.id}</code>
        </dd>
        <dt>Version</dt>
        <dd>{contract.version}</dd>
        {terms?.status && (
          <>
            <dt>Status</dt>
            <dd>
              <span className="badge">{terms.status}</span>
            </dd>
          </>
        )}
        {contract.standard && (
          <>
            <dt>Written in</dt>
            <dd>{contract.standard === 'odcs' ? 'Open Data Contract Standard (ODCS)' : contract.standard}</dd>
          </>
        )}
        {(ports.length > 0 || contract.outputPortId) && (
          <>
            <dt>Covers</dt>
            <dd>{ports.length ? portNames(ports) : <code>{contract.outputPortId}</code>}</dd>
          </>
        )}
        {contract.url && (
          <>
            <dt>Source</dt>
            <dd>
              <SafeLink href={contract.url}>{contract.url}</SafeLink>
            </dd>
          </>
        )}
      </dl>
      <h3 className="subsection-title">Schema promise</h3>
      {terms?.schemaPromise ? <p>{terms.schemaPromise}</p> : <p className="muted">The contract does not say how its schema may change.</p>}
    </section>
  )
}

function Terms({ contract }: { contract: ContractRef }) {
  const support = contract.terms?.support ?? []
  const termsOfUse = contract.terms?.termsOfUse
  return (
    <section className="card" aria-labelledby="terms-title">
      <h2 id="terms-title" className="section-title">
        Support and terms of use
      </h2>
      <h3 className="subsection-title">Support</h3>
      {support.length === 0 ? (
        <p className="muted">No support channel is named in the contract.</p>
      ) : (
        <ul>
          {support.map((entry, i) => (
            <li key={`${entry.label}-${i}`}>{entry.href ? <SafeLink href={entry.href}>{entry.label}</SafeLink> : entry.label}</li>
          ))}
        </ul>
      )}
      <h3 className="subsection-title">Terms of use</h3>
      {termsOfUse?.trim() ? <Markdown>{termsOfUse}</Markdown> : <p className="muted">No terms of use are written down.</p>}
    </section>
  )
}

/** What the product promises (contract terms, SLOs, quality checks), readable by a person, with the contract as written. */
export function ContractTab({ product }: { product: DataProduct }) {
  const { contract } = product
  const listed = new Set((product.contracts ?? []).map((c) => c.id))
  const portContracts = product.outputPorts.filter((p) => p.contractId && p.contractId !== contract?.id && !listed.has(p.contractId))
  return (
    <div className="stack">
      {contract ? (
        <ContractSummary contract={contract} product={product} />
      ) : (
        <section className="card notice-warning" aria-labelledby="contract-title">
          <h2 id="contract-title" className="section-title">
            No data contract
          </h2>
          <p style={{ margin: 0 }}>
            Nothing binds this product’s schema or quality: it may change without notice. Check with its owners before building on it.
          </p>
        </section>
      )}
      <OtherContracts product={product} />
      {portContracts.length > 0 && (
        <p className="muted">
          Port contracts:{' '}
          {portContracts.map((p, i) => (
            <span key={`${p.id}-${i}`}>
              {i > 0 && ', '}
              {p.name} (<code>{p.contractId}</code>)
            </span>
          ))}
        </p>
      )}
      <section className="card" aria-labelledby="slos-title">
        <h2 id="slos-title" className="section-title">
          Service-level objectives
        </h2>
        <SloList slos={product.slos} />
      </section>
      {!contract && <MonitoredChecks checks={product.monitoredChecks ?? []} title="Quality checks" note="Run on this product’s data by its tools (dbt tests, catalogue assertions); no contract promises them." />}
      {contract && (
        <>
          <section className="card" aria-labelledby="checks-title">
            <h2 id="checks-title" className="section-title">
              Quality checks
            </h2>
            <QualityChecks checks={contract.terms?.qualityChecks ?? []} />
          </section>
          <MonitoredChecks checks={product.monitoredChecks ?? []} title="Other quality checks" note="Run by the catalogue on this product’s data; the contract does not promise them." />
          <Terms contract={contract} />
          <section className="card" aria-labelledby="raw-title">
            <h2 id="raw-title" className="section-title">
              Contract as written
            </h2>
            {contract.raw?.trim() ? (
              <details className="raw-contract">
                <summary>Show the contract document ({contract.raw.split('\n').length.toLocaleString()} lines)</summary>
                <pre tabIndex={0} role="region" aria-label="Contract document">
                  <code>{contract.raw}</code>
                </pre>
              </details>
            ) : (
              <p className="muted" style={{ margin: 0 }}>
                The catalogue does not hold the contract document.{contract.url && ' Follow the source link above to read it.'}
              </p>
            )}
          </section>
        </>
      )}
    </div>
  )
}
