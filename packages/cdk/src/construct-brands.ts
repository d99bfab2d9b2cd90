// Registered symbols, so that the constructs are recognised across copies of the package, where
// `instanceof` would fail.

/** Marks a `ContactFlow` construct. */
export const contactFlowBrand = Symbol.for('@contactflow/cdk.ContactFlow');

/** Marks a `ContactFlowModule` construct. */
export const contactFlowModuleBrand = Symbol.for('@contactflow/cdk.ContactFlowModule');

/** Whether a value carries the brand. */
export function hasBrand(value: unknown, brand: symbol): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[brand] === true
  );
}
