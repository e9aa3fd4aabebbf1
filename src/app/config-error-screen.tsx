import type { ConfigError } from './config/load-config'

/** Shown instead of the app when it cannot start: says what is wrong and where to fix it. */
export function ConfigErrorScreen({ error }: { error: ConfigError }) {
  return (
    <main className="config-error" role="alert">
      <h1>Tessera cannot start: its configuration needs attention</h1>
      <p>{error.message}</p>
      <p>
        Source: <code>{error.source}</code>
      </p>
      {error.problems.length > 0 && (
        <ul>
          {error.problems.map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      )}
      <p>
        A minimal <code>config.json</code> that runs the demo:
      </p>
      <pre>{`{ "backends": [{ "type": "demo" }] }`}</pre>
      <p>After fixing it, reload this page.</p>
    </main>
  )
}
