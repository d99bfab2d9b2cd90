import { flowTypes } from '@contactflow/dsl';
import { validate } from '@contactflow/validator';
import { expect, test } from 'vitest';
import { stubContent } from '../src/index.js';

test.each(flowTypes)('the placeholder content of a %s is valid', (flowType) => {
  const errors = validate(JSON.parse(stubContent(flowType)), { flowType }).filter(
    (d) => d.severity === 'error',
  );
  expect(errors).toEqual([]);
});
