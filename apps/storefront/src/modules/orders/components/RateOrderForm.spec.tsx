import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { RATE_ORDER } from '../graphql/orders.documents';
import { renderWithProviders } from '../../../test/render';
import { RateOrderForm } from './RateOrderForm';

/** rateOrder answering with `result`, and what the form sent to it. */
function rateMock(result: object) {
  const sent: { variables: unknown } = { variables: null };
  const mocks = [
    {
      request: {
        query: RATE_ORDER,
        variables: (v: unknown) => {
          sent.variables = v;
          return true;
        },
      },
      result,
    },
  ];
  return { mocks, sent };
}
const rated = (rating: number, ratingComment: string | null) => ({
  data: {
    __typename: 'Mutation' as const,
    rateOrder: { __typename: 'Order' as const, id: 'o1', status: 'completed', rating, ratingComment },
  },
});

describe('RateOrderForm', () => {
  it('rates with stars only: no comment is sent when the box is left empty (or blank)', async () => {
    const { mocks, sent } = rateMock(rated(4, null));
    renderWithProviders(<RateOrderForm orderId="o1" />, { mocks });
    fireEvent.click(screen.getByLabelText('4 星'));
    fireEvent.change(screen.getByLabelText('评价内容（选填）'), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('rate-order'));
    await waitFor(() => expect(sent.variables).toEqual({ input: { orderId: 'o1', rating: 4 } }));
  });

  it('sends the words when there are some', async () => {
    const { mocks, sent } = rateMock(rated(5, '很甜'));
    renderWithProviders(<RateOrderForm orderId="o1" />, { mocks });
    fireEvent.change(screen.getByLabelText('评价内容（选填）'), { target: { value: ' 很甜 ' } });
    fireEvent.click(screen.getByTestId('rate-order'));
    await waitFor(() => expect(sent.variables).toEqual({ input: { orderId: 'o1', rating: 5, comment: '很甜' } }));
  });

  it("shows the server's Chinese refusal", async () => {
    const { mocks } = rateMock({ errors: [new GraphQLError('该订单已评价', { extensions: { code: 'BAD_USER_INPUT' } })] });
    renderWithProviders(<RateOrderForm orderId="o1" />, { mocks });
    fireEvent.click(screen.getByTestId('rate-order'));
    expect((await screen.findByRole('alert')).textContent).toBe('该订单已评价');
  });
});
