import { loadContracts, type ContractsLoadRequest } from '../backends/contracts/load-contracts'
import type { FileLoadResult } from '../backends/file-sources/create-file-backend'
import { serveInWorker } from '../backends/file-sources/run-in-worker'

serveInWorker<ContractsLoadRequest, FileLoadResult>(self, (request) => loadContracts(request))
