import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { SAVE_ADDRESS } from '../graphql/checkout.documents';
import { REGION_CHILDREN_QUERY } from '../graphql/shipping.documents';
import { renderWithProviders } from '../../../test/render';
import { messageUnder, refusedFields } from '../../../test/refusals';
import { AddressPicker } from './AddressPicker';

const provinces = {
  request: { query: REGION_CHILDREN_QUERY, variables: { parentCode: '' } },
  result: { data: { regions: [{ __typename: 'Region' as const, code: '140000', name: '山西省', level: 'province' }] } },
};
const refused = (message: string, extensions: Record<string, unknown>) => ({
  request: { query: SAVE_ADDRESS, variables: () => true },
  result: { errors: [new GraphQLError(message, { extensions })] },
});

function renderForm(mock: ReturnType<typeof refused> | ReturnType<typeof refusedFields>) {
  renderWithProviders(<AddressPicker addresses={[]} chosen={null} onChoose={() => undefined} />, { mocks: [provinces, mock] });
  fireEvent.click(screen.getByTestId('save-address'));
}

describe('AddressPicker', () => {
  it('shows every refused field’s message under that field at once, the region’s under the cascader', async () => {
    renderForm(
      refusedFields(
        SAVE_ADDRESS,
        ['recipient', '收货人姓名为 1–30 个字'],
        ['phone', '请填写正确的手机或固话号码'],
        ['province', '请选择省份'],
        ['detail', '详细地址为 2–120 个字'],
      ),
    );
    expect(await screen.findAllByRole('alert')).toHaveLength(4);
    expect(messageUnder(screen.getByLabelText('收货人'))).toBe('收货人姓名为 1–30 个字');
    expect(messageUnder(screen.getByLabelText('手机号码'))).toBe('请填写正确的手机或固话号码');
    expect(messageUnder(screen.getByTestId('region-cascader'))).toBe('请选择省份');
    expect(messageUnder(screen.getByLabelText('详细地址'))).toBe('详细地址为 2–120 个字');
    expect(document.querySelector('.form-error')).toBeNull();
  });

  it('shows a refusal of one field (no list) under that field alone', async () => {
    renderForm(refused('「交城县」不属于「山西省临汾市」，请重新选择省市区', { code: 'REGION_MISMATCH', field: 'countyCode' }));
    expect(await screen.findAllByRole('alert')).toHaveLength(1);
    expect(messageUnder(screen.getByTestId('region-cascader'))).toBe('「交城县」不属于「山西省临汾市」，请重新选择省市区');
    expect(messageUnder(screen.getByLabelText('收货人'))).toBeNull();
    expect(document.querySelector('.form-error')).toBeNull();
  });

  it('says a refused field the form does not have below the form', async () => {
    renderForm(refusedFields(SAVE_ADDRESS, ['recipient', '收货人姓名为 1–30 个字'], ['postalCode', '邮编为 6 位数字']));
    expect(await screen.findAllByRole('alert')).toHaveLength(1);
    expect(messageUnder(screen.getByLabelText('收货人'))).toBe('收货人姓名为 1–30 个字');
    expect(document.querySelector('.form-error')?.textContent).toBe('邮编为 6 位数字');
  });

  it('says a refusal naming no field below the form', async () => {
    renderForm(refused('地址簿最多保存 20 个地址', { code: 'BAD_USER_INPUT' }));
    expect((await screen.findByText('地址簿最多保存 20 个地址')).className).toBe('form-error');
  });
});
