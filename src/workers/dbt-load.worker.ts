import { loadDbt, type DbtLoadRequest } from '../backends/dbt/load-dbt'
import { serveInWorker } from '../backends/file-sources/run-in-worker'

serveInWorker<DbtLoadRequest, Awaited<ReturnType<typeof loadDbt>>>(self, (request) => loadDbt(request))
