import { graphql } from '../../../generated';

export const DEAD_LETTERS_QUERY = graphql(`
  query EventDeadLetters {
    eventDeadLetters {
      consumer
      eventId
      eventType
      orderNo
      attempts
      lastError
      lastFailedAt
      nextAttemptAt
      parkedAt
      waitingBehind
    }
  }
`);

export const RETRY_DEAD_LETTER = graphql(`
  mutation RetryDeadLetterEvent($consumer: String!, $eventId: ID!) {
    retryDeadLetterEvent(consumer: $consumer, eventId: $eventId) {
      delivered
    }
  }
`);
