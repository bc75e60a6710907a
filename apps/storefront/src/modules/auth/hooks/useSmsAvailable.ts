import { useQuery } from '@apollo/client/react';
import { SMS_AVAILABLE_QUERY } from '../graphql/sms.documents';

/** False only when the server says SMS is off (no provider configured); while loading or on error, assumed on. */
export function useSmsAvailable(): boolean {
  const { data } = useQuery(SMS_AVAILABLE_QUERY, { fetchPolicy: 'cache-first' });
  return data?.smsAvailable !== false;
}
