/** The messages a file-loading worker answers with. */
export type WorkerReply<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * Sends one request to a fresh worker and resolves with its one reply; the worker is ended
 * either way. Files are parsed off the main thread so a 4 MB manifest does not freeze the page.
 */
export function runInWorker<Request, Result>(createWorker: () => Worker, request: Request): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const worker = createWorker()
    worker.onmessage = (event: MessageEvent<WorkerReply<Result>>) => {
      worker.terminate()
      if (event.data.ok) resolve(event.data.value)
      else reject(new Error(event.data.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'The file-loading worker failed to start.'))
    }
    worker.postMessage(request)
  })
}

/** Answers one request in a worker with `handle`, reporting failure as a message rather than an uncaught error. */
export function serveInWorker<Request, Result>(scope: { onmessage: unknown; postMessage(message: unknown): void }, handle: (request: Request) => Promise<Result>): void {
  scope.onmessage = async (event: MessageEvent<Request>) => {
    let reply: WorkerReply<Result>
    try {
      reply = { ok: true, value: await handle(event.data) }
    } catch (error) {
      reply = { ok: false, message: error instanceof Error ? error.message : String(error) }
    }
    scope.postMessage(reply)
  }
}

/** Whether this environment can start module workers (browsers yes; Node tests no). */
export const canUseWorkers = () => typeof Worker !== 'undefined' && typeof window !== 'undefined'
