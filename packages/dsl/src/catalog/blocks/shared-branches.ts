import { defineBranch } from '../block-spec.js';

/** "Success": the action's `NextAction`. */
export const success = defineBranch({
  name: 'Success',
  method: 'then',
  target: { kind: 'next' },
  description: 'The block did its work.',
});

/** "Error": the `NoMatchingError` error branch. */
export const error = defineBranch({
  name: 'Error',
  method: 'onError',
  target: { kind: 'error', errorType: 'NoMatchingError' },
  description: 'Something went wrong, or the channel is not supported.',
});

/** "Success" and "Error", the branches most blocks have. */
export const successOrError = [success, error] as const;
