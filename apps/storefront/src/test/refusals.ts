import type { DocumentNode } from 'graphql';
import { GraphQLError } from 'graphql';

/**
 * A mock answering `query` (whatever its variables) with the server's refusal of several input fields, as the validation
 * pipe gives it: the first field's message and `field`, and all of them in `extensions.fields`.
 */
export function refusedFields(query: DocumentNode, ...fields: [field: string, message: string][]) {
  const extensions = { code: 'BAD_USER_INPUT', field: fields[0][0], fields: fields.map(([field, message]) => ({ field, message })) };
  return {
    request: { query, variables: () => true },
    result: { errors: [new GraphQLError(fields[0][1], { extensions })] },
  };
}

/** The message shown under an input (what its aria-describedby points at), or null. */
export function messageUnder(element: HTMLElement): string | null {
  const id = element.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}
