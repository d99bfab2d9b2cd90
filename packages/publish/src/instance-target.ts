import { createConnectGateway, type ConnectTarget } from './connect-gateway.js';
import type { ConnectGateway } from './gateway.js';

/**
 * The instance an operation addresses: an id (or ARN) with an optional client or region, for the
 * AWS SDK; or a ready {@link ConnectGateway}.
 */
export type InstanceTarget = ConnectTarget | { readonly gateway: ConnectGateway };

/**
 * The gateway of a target: the given one, or the AWS SDK's for the instance.
 *
 * @example
 * ```ts
 * import { gatewayOf } from '@contactflow/publish';
 * gatewayOf({ instanceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', region: 'eu-west-2' }).instanceId;
 * ```
 */
export function gatewayOf(target: InstanceTarget): ConnectGateway {
  return 'gateway' in target ? target.gateway : createConnectGateway(target);
}
