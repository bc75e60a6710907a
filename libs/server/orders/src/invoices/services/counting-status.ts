/** The 以购代捐 counting status of an order, as the 采购清单 prints it (docs/counting.md, the one counting rule). */
export interface CountingStatusFacts {
  unitId: string | null;
  status: string;
  paymentStatus: string;
  paidFen: number;
  refundedFen: number;
  lines: { certified: boolean }[];
}

export function countingStatus(o: CountingStatusFacts): string {
  if (!o.unitId) return '不计入（未绑定单位）';
  const certified = o.lines.filter((l) => l.certified).length;
  if (certified === 0) return '不计入（非认证帮扶产品）';
  if (o.status === 'cancelled') return '不计入（已取消）';
  if (o.status === 'refunded' || (o.paidFen > 0 && o.refundedFen >= o.paidFen)) return '不计入（已全额退款）';
  const partOnly = certified < o.lines.length ? '，仅认证产品' : '';
  const refunds = o.refundedFen > 0 ? '，已扣除退款' : '';
  const paid = o.paymentStatus === 'paid' || o.paymentStatus === 'partially_refunded';
  if (!paid) return o.status === 'pending_payment' ? '未付款，暂不计入' : '待付款，付款后计入';
  if (o.status === 'received' || o.status === 'completed') return `已计入完成额${partOnly}${refunds}`;
  return `已计入下单额，收货后计入完成额${partOnly}${refunds}`;
}
