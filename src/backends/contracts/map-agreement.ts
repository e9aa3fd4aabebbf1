import type { AgreementSpec } from './file-model'
import { record, text, type Json } from './read-values'

const ENDED = /reject|cancel|terminat|expire|revoke|deni|declin|ended|inactive/i

/** Data Mesh Manager's data usage agreement: who consumes which product, for what. */
export function mapDmmAgreement(doc: Json, url: string): AgreementSpec {
  const info = record(doc.info) ?? {}
  const provider = record(doc.provider) ?? {}
  const consumer = record(doc.consumer) ?? {}
  const status = text(info.status)
  const port = text(provider.outputPortId)
  return {
    url,
    id: text(doc.id) ?? url,
    ...(text(info.purpose) ? { purpose: text(info.purpose) } : {}),
    ...(status ? { status } : {}),
    active: info.active !== false && !(status && ENDED.test(status)),
    provider: {
      ...(text(provider.dataProductId) ? { productId: text(provider.dataProductId) } : {}),
      ...(port && port !== '*' ? { portId: port } : {}),
      ...(text(provider.dataContractId) ? { contractId: text(provider.dataContractId) } : {}),
    },
    consumer: {
      ...(text(consumer.dataProductId) ? { productId: text(consumer.dataProductId) } : {}),
      ...(text(consumer.teamId) ? { teamId: text(consumer.teamId) } : {}),
    },
  }
}

/** Whether the agreement is in force: approved (or stated without a status) and not ended; a request is not a relation yet. */
export const inForce = (agreement: AgreementSpec) => agreement.active && (!agreement.status || /approv|active|accept|grant/i.test(agreement.status))
