import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { ADD_ORDER_PARCEL, CARRIERS_QUERY, SHIP_ORDER_PARCELS } from '../graphql/shipping.documents';
import { renderWithProviders } from '../../../test/render';
import { refusedFields } from '../../../test/refusals';
import { AddParcelForm } from './AddParcelForm';
import { ShipParcelsForm } from './ShipParcelsForm';

const carriers = {
  request: { query: CARRIERS_QUERY },
  result: {
    data: {
      carriers: [{ __typename: 'Carrier' as const, code: 'SF', name: '顺丰速运', shapeHint: 'SF 加 12 位数字', pattern: '^SF\\d{12}$' }],
    },
  },
};

describe('ShipParcelsForm', () => {
  it('two parcels refused at once: each row says what is wrong with its own parcel, and nothing is said twice below', async () => {
    renderWithProviders(<ShipParcelsForm orderId="o1" days={2} onDone={() => undefined} />, {
      mocks: [
        carriers,
        refusedFields(SHIP_ORDER_PARCELS, ['parcels.0.trackingNo', '请填写快递单号'], ['parcels.1.note', '备注最多 200 字']),
      ],
    });
    await screen.findByRole('option', { name: '顺丰速运' });
    fireEvent.click(screen.getByTestId('add-parcel'));
    fireEvent.change(screen.getByLabelText('快递单号 2'), { target: { value: 'SF123456789012' } });
    fireEvent.click(screen.getByTestId('ship-order'));
    const rows = await screen.findAllByTestId('parcel-row');
    await within(rows[1]).findByTestId('parcel-refusal');
    expect(within(rows[0]).getByTestId('parcel-refusal').textContent).toBe('请填写快递单号');
    expect(within(rows[1]).getByTestId('parcel-refusal').textContent).toBe('备注最多 200 字');
    expect(screen.getByLabelText('快递单号 1').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByRole('alert')).toHaveLength(2);
  });
});

describe('AddParcelForm', () => {
  it('a parcel refused on two fields says both, not only the first', async () => {
    renderWithProviders(<AddParcelForm orderId="o1" />, {
      mocks: [carriers, refusedFields(ADD_ORDER_PARCEL, ['parcel.trackingNo', '请填写快递单号'], ['parcel.note', '备注最多 200 字'])],
    });
    fireEvent.click(screen.getByTestId('open-add-parcel'));
    await screen.findByRole('option', { name: '顺丰速运' });
    fireEvent.change(screen.getByLabelText('包裹内容或备注'), { target: { value: '梨'.repeat(201) } });
    fireEvent.click(screen.getByTestId('add-parcel-submit'));
    await screen.findAllByTestId('parcel-refusal');
    expect(screen.getAllByTestId('parcel-refusal').map((p) => p.textContent)).toEqual(['请填写快递单号', '备注最多 200 字']);
    expect(screen.getByLabelText('快递单号').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByRole('alert')).toHaveLength(2);
  });
});
