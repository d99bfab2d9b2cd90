/**
 * Pieces the rules' bad and good examples share. The examples are documents shown on each rule's
 * docs page, so these stay plain JSON values.
 */

/** A Disconnect action with the identifier `bye`, the usual end of an example flow. */
export const disconnectAction = {
  Identifier: 'bye',
  Type: 'DisconnectParticipant',
  Parameters: {},
  Transitions: {},
} as const;
