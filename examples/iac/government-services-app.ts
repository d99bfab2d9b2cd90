/**
 * The government services IVR deployed with the AWS CDK: its department queues, their hours, the
 * three Lambda functions it invokes, a table of past calls, and the flow itself, whose queue and
 * function references become references to those resources.
 */
import { ContactFlow } from '@contactflow/cdk';
import { App, Duration, Stack, type AppProps, type StackProps } from 'aws-cdk-lib/core';
import { CfnHoursOfOperation, CfnInstance, CfnQueue } from 'aws-cdk-lib/aws-connect';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { governmentServicesIvr } from '../government-services-ivr.flow.js';
import {
  checkHolidaySource,
  getLastInteractionSource,
  storeInteractionSource,
} from './interaction-handlers.js';

/** The queues the IVR's menu sets, by the name `queue(...)` gives them in the flow. */
export const departments = [
  'Transportation and Motor Vehicles',
  'Employment and Labor',
  'Health, Social Services and Welfare',
  'Government Operations and Revenue',
  'Consumer Services and Housing',
  'Property and Elected Officers',
  'Parks, Natural Resources and Environment',
  'General Assistance',
] as const;

/** Props of {@link GovernmentServicesStack}. */
export interface GovernmentServicesStackProps extends StackProps {
  /** An existing instance's ARN; without it the stack creates an instance of its own. */
  readonly instanceArn?: string;
}

/** Everything the IVR needs in one stack. */
export class GovernmentServicesStack extends Stack {
  readonly ivr: ContactFlow;

  constructor(scope: Construct, id: string, props: GovernmentServicesStackProps = {}) {
    super(scope, id, props);
    const instance =
      props.instanceArn ??
      new CfnInstance(this, 'Instance', {
        identityManagementType: 'CONNECT_MANAGED',
        instanceAlias: 'state-services',
        attributes: { inboundCalls: true, outboundCalls: false, contactflowLogs: true },
      });
    const instanceArn = typeof instance === 'string' ? instance : instance.attrArn;

    const officeHours = new CfnHoursOfOperation(this, 'OfficeHours', {
      instanceArn,
      name: 'State offices',
      timeZone: 'America/Chicago',
      config: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({
        day,
        startTime: { hours: 8, minutes: 0 },
        endTime: { hours: 17, minutes: 0 },
      })),
    });
    const queues = Object.fromEntries(
      departments.map((name, index) => [
        name,
        new CfnQueue(this, `Queue${index + 1}`, {
          instanceArn,
          name,
          hoursOfOperationArn: officeHours.attrHoursOfOperationArn,
        }),
      ]),
    );

    const interactions = new Table(this, 'Interactions', {
      partitionKey: { name: 'callerNumber', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'expiresAt',
    });
    const handler = (id: string, source: string, environment: Record<string, string>) =>
      new LambdaFunction(this, id, {
        runtime: Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: Code.fromInline(source),
        timeout: Duration.seconds(3),
        environment,
      });
    const checkHoliday = handler('CheckHoliday', checkHolidaySource, {
      TIME_ZONE: 'America/Chicago',
      HOLIDAYS: '01-01,07-04,11-11,12-25',
    });
    const getLastInteraction = handler('GetLastInteraction', getLastInteractionSource, {
      TABLE_NAME: interactions.tableName,
    });
    const storeInteraction = handler('StoreInteraction', storeInteractionSource, {
      TABLE_NAME: interactions.tableName,
    });
    interactions.grantReadData(getLastInteraction);
    interactions.grantWriteData(storeInteraction);

    this.ivr = new ContactFlow(this, 'Ivr', {
      instance,
      flow: governmentServicesIvr,
      environment: {
        queues,
        lambdaFunctions: { checkHoliday, getLastInteraction, storeInteraction },
      },
      tags: { service: 'state-services' },
    });
  }
}

/**
 * The CDK app: `cdk synth` in this folder runs it through `main.ts`. The instance ARN comes from
 * the `instanceArn` context value (`cdk synth -c instanceArn=arn:aws:connect:...`) when given.
 */
export function governmentServicesApp(props: AppProps = {}): {
  readonly app: App;
  readonly stack: GovernmentServicesStack;
} {
  const app = new App(props);
  const instanceArn = app.node.tryGetContext('instanceArn') as string | undefined;
  const stack = new GovernmentServicesStack(app, 'GovernmentServicesIvr', {
    ...(instanceArn !== undefined && { instanceArn }),
  });
  return { app, stack };
}
