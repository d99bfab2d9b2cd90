export * from './placeholder-syntax.js';
export * from './custom-placeholder-syntax.js';
export * from './find-placeholders.js';
