import type { BranchSpec } from '../block-spec.js';

/** "Success": the action's `NextAction`. */
export const success: BranchSpec = {
  name: 'Success',
  method: 'then',
  target: { kind: 'next' },
  description: 'The block did its work.',
};

/** "Error": the `NoMatchingError` error branch. */
export const error: BranchSpec = {
  name: 'Error',
  method: 'onError',
  target: { kind: 'error', errorType: 'NoMatchingError' },
  description: 'Something went wrong, or the channel is not supported.',
};

/** "Success" and "Error", the branches most blocks have. */
export const successOrError: readonly BranchSpec[] = [success, error];
