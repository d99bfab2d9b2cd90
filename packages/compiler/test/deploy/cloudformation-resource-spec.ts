import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

/** A property or attribute type in the CloudFormation resource specification. */
interface SpecType {
  readonly type: string;
  readonly allowedValues?: readonly string[];
}

/** One resource type of the specification. */
export interface SpecResource {
  readonly cloudFormationType: string;
  readonly properties: Readonly<Record<string, { type: SpecType; required?: boolean }>>;
  readonly attributes: Readonly<Record<string, { type: SpecType }>>;
}

interface SpecDatabase {
  readonly schema: { readonly resource: { readonly entities: readonly SpecResource[] } };
}

// The database the AWS CDK generates its L1 classes from: every CloudFormation resource type with
// its properties, required ones, allowed values and return attributes.
const require = createRequire(import.meta.url);
const database = JSON.parse(
  gunzipSync(readFileSync(require.resolve('@aws-cdk/aws-service-spec/db.json.gz'))).toString(),
) as SpecDatabase;

/** The specification of the `AWS::Connect::*` resource types, by type name. */
export const connectResources = new Map(
  database.schema.resource.entities
    .filter((resource) => resource.cloudFormationType?.startsWith('AWS::Connect::'))
    .map((resource) => [resource.cloudFormationType, resource]),
);

const intrinsic = /^(Ref|Fn::[A-Za-z]+)$/;

/** Whether a value is what a string property takes: text, or one intrinsic function. */
function isStringValue(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && intrinsic.test(keys[0]!);
}

/** What is wrong with a resource by the specification; empty if nothing. */
export function resourceProblems(logicalId: string, resource: Record<string, unknown>): string[] {
  const type = String(resource['Type']);
  const spec = connectResources.get(type);
  if (spec === undefined) return [`${logicalId}: ${type} is not an AWS::Connect resource type`];
  const properties = (resource['Properties'] ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  for (const [name, property] of Object.entries(spec.properties)) {
    if (property.required === true && !(name in properties)) {
      problems.push(`${logicalId}: ${type} requires ${name}`);
    }
  }
  for (const [name, value] of Object.entries(properties)) {
    const property = spec.properties[name];
    if (property === undefined) {
      problems.push(`${logicalId}: ${type} has no property ${name}`);
    } else if (property.type.type === 'string' && !isStringValue(value)) {
      problems.push(`${logicalId}: ${name} is not a string or an intrinsic function`);
    } else if (
      property.type.allowedValues !== undefined &&
      typeof value === 'string' &&
      !property.type.allowedValues.includes(value)
    ) {
      problems.push(`${logicalId}: ${name} ${value} is not one of its allowed values`);
    }
  }
  return problems;
}
