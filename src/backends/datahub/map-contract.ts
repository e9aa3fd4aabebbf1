import type { ContractRef, QualityCheck, QualityCheckStatus, RecordIssue, Slo, SloStatus } from '../../model/types'
import type { z } from 'zod'
import { assertionSchema, contractSchema, datasetAssertionsSchema, type WireAssertion, type WireContract } from './datahub-wire'
import { capital, clip, describeAssertion, formatTime, freshnessObjective, latestRun, words, type LatestRun } from './describe-assertion'
import { simpleFieldPath } from './field-path'
import { observedRuns } from './map-run-events'

/** A dataset of a product, with its contract and assertions as DataHub sent them (unchecked). */
export interface DatasetQuality {
  urn: string
  name: string
  contract?: unknown
  assertions?: unknown
}

/** What a product promises and how it fares, from its datasets' DataHub contracts and assertions. */
export interface ProductQuality {
  contract?: ContractRef
  slos: Slo[]
  /** Assertions on the datasets that no contract names (freshness ones are among `slos`). */
  monitoredChecks: QualityCheck[]
  /** The data contract of each dataset that has one, by dataset URN. */
  contractIds: Map<string, string>
  /** Contracts and assertions DataHub sent in a shape Tessera cannot read. */
  issues: RecordIssue[]
}

/** DataHub does not version its data contracts. */
export const UNVERSIONED = 'not versioned'

const CHECK_STATUS: Partial<Record<string, QualityCheckStatus>> = { SUCCESS: 'passing', FAILURE: 'failing' }
const SLO_STATUS: Partial<Record<string, SloStatus>> = { SUCCESS: 'met', FAILURE: 'breached' }
const MAX_PROMISED_COLUMNS = 8

const urnOf = (raw: unknown) => (raw && typeof raw === 'object' && typeof (raw as { urn?: unknown }).urn === 'string' ? (raw as { urn: string }).urn : undefined)
const problems = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')

function runText(run: LatestRun | undefined): string {
  if (!run) return 'not run yet'
  const at = formatTime(run.at)
  if (run.result === 'ERROR') return `last run ${at} could not finish${run.error ? ` (${words(run.error)})` : ''}`
  if (run.result === 'INIT') return `last run ${at}, not yet evaluated`
  return `last run ${at}`
}

function freshnessNow(run: LatestRun | undefined): string | undefined {
  if (!run) return undefined
  const at = formatTime(run.at)
  if (run.result === 'SUCCESS') return `on time (checked ${at})`
  if (run.result === 'FAILURE') return `late (checked ${at})`
  if (run.result === 'ERROR') return `check could not finish (${at})`
  return `not yet evaluated (${at})`
}

/** The schema part of a contract in words: which columns stay, and how strictly. */
function schemaPromise(assertion: WireAssertion, dataset: DatasetQuality): string {
  const schema = assertion.info.schemaAssertion
  const fields = (schema?.fields ?? []).map((f) => simpleFieldPath(f.path))
  const shown = fields.slice(0, MAX_PROMISED_COLUMNS).join(', ')
  const list = fields.length > MAX_PROMISED_COLUMNS ? `${shown} and ${fields.length - MAX_PROMISED_COLUMNS} more` : shown
  const subject = `Dataset ${dataset.name}`
  if (fields.length === 0) return `${subject} keeps the schema its contract expects.`
  if (schema?.compatibility === 'EXACT_MATCH') return `${subject} has exactly these columns: ${list}.`
  if (schema?.compatibility === 'SUBSET') return `${subject} has no columns beyond these: ${list}.`
  return `${subject} keeps at least these columns: ${list}; columns may be added.`
}

/**
 * A product's DataHub data contracts and assertions in Tessera's terms. A dataset's contract
 * becomes the product's contract (several datasets' contracts combine into one, each check
 * saying which dataset it is on): its freshness part an SLO, its schema part the schema
 * promise and a check, its data-quality part checks. Assertions outside a contract still count:
 * a freshness assertion as an SLO, the rest as monitored checks. A malformed contract or assertion
 * is left out and listed in `issues`; one a contract names still shows as a check Tessera
 * cannot read, so the contract's count of checks stays true.
 */
export function mapProductQuality(datasets: readonly DatasetQuality[]): ProductQuality {
  const issues: RecordIssue[] = []
  const several = datasets.length > 1
  const contracts: { dataset: DatasetQuality; contract: WireContract }[] = []
  const contractSlos: Slo[] = []
  const otherSlos: Slo[] = []
  const contractChecks: QualityCheck[] = []
  const otherChecks: QualityCheck[] = []
  const promises: string[] = []

  const meta = (dataset: DatasetQuality, run: LatestRun | undefined) => `${capital([several ? `on ${dataset.name}` : '', runText(run)].filter(Boolean).join(', '))}.`

  const slo = (assertion: WireAssertion, dataset: DatasetQuality): Slo => {
    const run = latestRun(assertion)
    const now = freshnessNow(run)
    return {
      name: several ? `Freshness of ${dataset.name}` : 'Freshness',
      objective: freshnessObjective(assertion),
      ...(now ? { current: now } : {}),
      status: (run && SLO_STATUS[run.result]) ?? 'unknown',
      ...observedRuns(assertion),
    }
  }

  const check = (assertion: WireAssertion, dataset: DatasetQuality): QualityCheck => {
    const rule = describeAssertion(assertion)
    const run = latestRun(assertion)
    const where = meta(dataset, run)
    return {
      name: rule.name,
      description: rule.detail ? `${rule.detail}. ${where}` : where,
      dimension: rule.dimension,
      ...(rule.column ? { column: rule.column } : {}),
      status: (run && CHECK_STATUS[run.result]) ?? 'unknown',
      ...observedRuns(assertion),
    }
  }

  const unreadable = (raw: unknown, dataset: DatasetQuality): QualityCheck => ({
    name: 'A check Tessera cannot read',
    description: `DataHub sent ${clip(urnOf(raw) ?? 'this assertion', 160)}${several ? ` (on ${dataset.name})` : ''} in a shape Tessera cannot read.`,
    status: 'unknown',
  })

  /** The dataset's assertions by URN; `null` for one DataHub sent malformed (listed in `issues`). */
  const readListed = (dataset: DatasetQuality): { read: boolean; byUrn: Map<string, WireAssertion | null> } => {
    const byUrn = new Map<string, WireAssertion | null>()
    if (dataset.assertions == null) return { read: false, byUrn }
    const list = datasetAssertionsSchema.safeParse(dataset.assertions)
    if (!list.success) {
      issues.push({ entity: 'assertion', ref: `the assertions of ${dataset.name}`, message: problems(list.error) })
      return { read: false, byUrn }
    }
    list.data.assertions.forEach((raw, i) => {
      const parsed = assertionSchema.safeParse(raw)
      const urn = urnOf(raw)
      if (!parsed.success) issues.push({ entity: 'assertion', ref: urn ?? `assertion #${i + 1} of ${dataset.name}`, message: problems(parsed.error) })
      if (urn) byUrn.set(urn, parsed.success ? parsed.data : null)
    })
    return { read: true, byUrn }
  }

  for (const dataset of datasets) {
    const listed = readListed(dataset)
    const inContract = new Set<string>()
    /** A contract names its assertions (by URN on a product page, whole in the catalogue); the dataset's list has them whole. */
    const resolve = (raw: unknown): WireAssertion | undefined => {
      const urn = urnOf(raw)
      if (urn) inContract.add(urn)
      if (urn && listed.byUrn.has(urn)) return listed.byUrn.get(urn) ?? undefined
      const whole = assertionSchema.safeParse(raw)
      if (whole.success) return whole.data
      issues.push({ entity: 'assertion', ref: urn ?? `an assertion on ${dataset.name}`, message: urn && listed.read ? 'not among the dataset’s assertions DataHub listed' : problems(whole.error) })
      return undefined
    }
    if (dataset.contract != null) {
      const parsed = contractSchema.safeParse(dataset.contract)
      if (!parsed.success) issues.push({ entity: 'data contract', ref: urnOf(dataset.contract) ?? `the contract of ${dataset.name}`, message: problems(parsed.error) })
      else {
        contracts.push({ dataset, contract: parsed.data })
        const parts = parsed.data.properties
        for (const { assertion: raw } of parts?.freshness ?? []) {
          const assertion = resolve(raw)
          contractSlos.push(
            assertion ? slo(assertion, dataset) : { name: several ? `Freshness of ${dataset.name}` : 'Freshness', objective: 'DataHub sent this promise in a shape Tessera cannot read', status: 'unknown' },
          )
        }
        for (const { assertion: raw } of parts?.schema ?? []) {
          const assertion = resolve(raw)
          if (assertion) promises.push(schemaPromise(assertion, dataset))
          contractChecks.push(assertion ? check(assertion, dataset) : unreadable(raw, dataset))
        }
        for (const { assertion: raw } of parts?.dataQuality ?? []) {
          const assertion = resolve(raw)
          contractChecks.push(assertion ? check(assertion, dataset) : unreadable(raw, dataset))
        }
      }
    }
    for (const [urn, assertion] of listed.byUrn) {
      if (!assertion || inContract.has(urn)) continue
      if (assertion.info.type === 'FRESHNESS') otherSlos.push(slo(assertion, dataset))
      else otherChecks.push(check(assertion, dataset))
    }
  }

  const slos = [...contractSlos, ...otherSlos]
  const contractIds = new Map(contracts.map(({ dataset, contract }) => [dataset.urn, contract.urn]))
  const [first] = contracts
  if (!first) return { slos, monitoredChecks: otherChecks, contractIds, issues }
  const states = [...new Set(contracts.flatMap(({ contract }) => (contract.status ? [words(contract.status.state)] : [])))]
  const asked = contracts.some(({ contract }) => contract.properties?.dataQuality !== undefined || contract.properties?.schema !== undefined)
  return {
    contract: {
      id: first.contract.urn,
      version: UNVERSIONED,
      standard: 'DataHub',
      ...(contracts.length === 1 ? { outputPortId: first.dataset.urn } : {}),
      terms: {
        ...(states.length ? { status: states.join(' / ') } : {}),
        ...(promises.length ? { schemaPromise: promises.join(' ') } : {}),
        ...(asked || contractChecks.length ? { qualityChecks: contractChecks } : {}),
      },
    },
    slos,
    monitoredChecks: otherChecks,
    contractIds,
    issues,
  }
}
