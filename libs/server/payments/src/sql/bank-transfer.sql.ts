import { namedSql } from '@yigou/server/database';

/** BankTransferService.record: the transfer already recorded under this bank transaction number, if any. */
export const TRANSFER_BY_TXN_NO = namedSql<'bankTxnNo', { id: string }>(`SELECT id FROM bank_transfer WHERE bank_txn_no = :bankTxnNo`);

/**
 * BankTransferService.importCsv: a chunk of a statement's transfers, one per element of the parallel arrays,
 * recorded by `recordedBy` and not yet matched; a transaction number already recorded is skipped. The rows inserted.
 */
export const INSERT_TRANSFERS = namedSql<
  'bankTxnNos' | 'payerNames' | 'payerAccounts' | 'amountsFen' | 'memos' | 'receivedAts' | 'recordedBy',
  { id: string; bank_txn_no: string }
>(
  `INSERT INTO bank_transfer (bank_txn_no, payer_name, payer_account, amount_fen, memo, received_at, recorded_by, matched_fen)
           SELECT t.*, :recordedBy::uuid, 0 FROM unnest(:bankTxnNos::text[], :payerNames::text[], :payerAccounts::text[], :amountsFen::bigint[], :memos::text[], :receivedAts::timestamptz[]) AS t
           ON CONFLICT (bank_txn_no) DO NOTHING RETURNING id, bank_txn_no`,
);

/**
 * BankTransferService.applyMatch (a manual or an automatic match): part of a transfer matched to an order; no row back
 * when the pair is matched already.
 */
export const INSERT_MATCH = namedSql<'transferId' | 'orderId' | 'amountFen' | 'actorId', { id: string }>(
  `INSERT INTO transfer_match (transfer_id, order_id, amount_fen, actor_id) VALUES (:transferId, :orderId, :amountFen, :actorId) ON CONFLICT (transfer_id, order_id) DO NOTHING RETURNING id`,
);

/** FinanceDeskService.receipt (收款凭证): the transfers matched to the order, with the part of each matched to it. */
export const MATCHED_TRANSFERS_OF_ORDER = namedSql<
  'orderId',
  { bank_txn_no: string; payer_name: string; payer_account: string | null; amount_fen: string; received_at: Date }
>(
  `SELECT t.bank_txn_no, t.payer_name, t.payer_account, m.amount_fen, t.received_at
         FROM transfer_match m JOIN bank_transfer t ON t.id = m.transfer_id WHERE m.order_id = :orderId ORDER BY t.received_at, t.bank_txn_no`,
);
