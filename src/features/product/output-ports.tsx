import type { OutputPort } from '../../model/types'
import { Markdown } from '../../ui/markdown'

export function OutputPorts({ ports }: { ports: OutputPort[] }) {
  return (
    <section className="card" aria-labelledby="ports-title">
      <h2 id="ports-title" className="section-title">
        Output ports
      </h2>
      {ports.length === 0 ? (
        <p className="muted">This product exposes no output port: consumers cannot read it yet.</p>
      ) : (
        <ul className="plain-list stack">
          {ports.map((port) => (
            <li key={port.id}>
              <div className="row">
                <strong>{port.name}</strong>
                <span className="badge">{port.type}</span>
                {port.format && <span className="badge">{port.format}</span>}
                <span className="muted">{port.columns.length} columns</span>
              </div>
              <code className="urn">{port.location}</code>
              {port.accessInstructions && <Markdown className="muted">{port.accessInstructions}</Markdown>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
