import type { BuildContext } from '../builder/build-context.js';
import type { TextInput, ValueInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';

/**
 * An Amazon Chime SDK Voice Connector that carries the call over SIP instead of the phone network.
 * Voice connectors are not instance resources, so the ARN is given as is (or as a dynamic value).
 */
export interface VoiceConnectorOptions {
  /** `arn:aws:chime:<region>:<account>:vc/<id>`, or a dynamic value holding it. */
  readonly arn: ValueInput;
  /** The user part of the SIP `From` header (often the caller's number). */
  readonly fromUser?: TextInput;
  /** The user part of the SIP `To` header (the number or extension to reach). */
  readonly toUser?: TextInput;
  /** Sent in the SIP `User-to-User` header. */
  readonly userToUserInformation?: TextInput;
}

/** The `VoiceConnector` parameter of a voice connector option. */
export function encodeVoiceConnector(
  options: VoiceConnectorOptions,
  context: BuildContext,
): ParameterTemplate {
  return {
    VoiceConnectorType: 'ChimeConnector',
    VoiceConnectorArn: context.value(options.arn, 'voiceConnector.arn'),
    ...(options.fromUser === undefined
      ? {}
      : { FromUser: context.text(options.fromUser, 'voiceConnector.fromUser') }),
    ...(options.toUser === undefined
      ? {}
      : { ToUser: context.text(options.toUser, 'voiceConnector.toUser') }),
    ...(options.userToUserInformation === undefined
      ? {}
      : {
          UserToUserInformation: context.text(
            options.userToUserInformation,
            'voiceConnector.userToUserInformation',
          ),
        }),
  };
}
