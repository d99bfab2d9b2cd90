import { describe, expect, test } from 'vitest';
import { phoneNumberProblem } from '../src/values/phone-numbers.js';

describe('phoneNumberProblem', () => {
  test.each([
    '+12065550100',
    '+442071838750',
    '+390612345678',
    '+61291234567',
    '+819012345678',
    '+18005550199',
  ])('accepts %s', (value) => {
    expect(phoneNumberProblem(value)).toBeUndefined();
  });

  test.each([
    ['12065550100', { kind: 'not-e164' }],
    ['+1 206 555 0100', { kind: 'not-e164' }],
    ['+4930123456789012', { kind: 'not-e164' }],
    ['+999123456789', { kind: 'unknown-country-code' }],
    ['+1206555010', { kind: 'wrong-length', length: 'short', code: '1' }],
    ['+120655501000', { kind: 'wrong-length', length: 'long', code: '1' }],
    ['+12', { kind: 'wrong-length', length: 'short', code: undefined }],
    ['+15555550100', { kind: 'not-in-use', code: '1', country: undefined }],
    ['+861234567890', { kind: 'not-in-use', code: '86', country: 'CN' }],
    ['+4402071838750', { kind: 'trunk-prefix', code: '44', prefix: '0' }],
    ['+4901701234567', { kind: 'trunk-prefix', code: '49', prefix: '0' }],
  ])('finds what is wrong with %s', (value, problem) => {
    expect(phoneNumberProblem(value)).toEqual(problem);
  });
});
