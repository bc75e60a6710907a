/** The global pipe lives in core, where checkout's own input pipe falls back to it. */
export { validationPipe } from '@yigou/server/core';
