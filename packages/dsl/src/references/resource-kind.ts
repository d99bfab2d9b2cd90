/**
 * The kinds of instance resource a flow refers to, each with the key that holds its names in an
 * environment file.
 */
export const resourceKinds = {
  queue: 'queues',
  prompt: 'prompts',
  hoursOfOperation: 'hoursOfOperation',
  lambdaFunction: 'lambdaFunctions',
  lexBot: 'lexBots',
  flow: 'flows',
  flowModule: 'flowModules',
  phoneNumber: 'phoneNumbers',
  quickConnect: 'quickConnects',
  agent: 'agents',
  view: 'views',
  taskTemplate: 'taskTemplates',
} as const;

/** A kind of instance resource (`queue`, `prompt`, ...). */
export type ResourceKind = keyof typeof resourceKinds;

/** The environment-file key of a resource kind (`queues`, `prompts`, ...). */
export type EnvironmentKey = (typeof resourceKinds)[ResourceKind];
