/**
 * A state government's main number: nine menu options, holiday closures, a greeting for returning
 * callers, and an hours check for each department before the transfer.
 */
import {
  checkContactAttributes,
  checkHoursOfOperation,
  disconnect,
  flow,
  getCustomerInput,
  invokeLambda,
  lambdaFunction,
  lambdaResult,
  loop,
  playPrompt,
  queue,
  setLoggingBehavior,
  setRecordingBehavior,
  setVoice,
  setWorkingQueue,
  system,
  transferToQueue,
} from '@contactflow/dsl';

const departments = [
  ['1', 'Transportation and Motor Vehicles'],
  ['2', 'Employment and Labor'],
  ['3', 'Health, Social Services and Welfare'],
  ['4', 'Government Operations and Revenue'],
  ['5', 'Consumer Services and Housing'],
  ['6', 'Property and Elected Officers'],
  ['7', 'Parks, Natural Resources and Environment'],
  ['8', 'General Assistance'],
] as const;

const hangUp = disconnect();
const technicalDifficulty = playPrompt({
  text: 'We are sorry, we are experiencing technical difficulties. Please call again later.',
})
  .then(hangUp)
  .onError(hangUp);

// Closed days and after hours end the call with a message.
const closedForHoliday = playPrompt({
  text: 'Our offices are closed today for a state holiday. Please call again on the next business day.',
})
  .then(hangUp)
  .onError(hangUp);
const afterHours = playPrompt({
  text: 'This department is closed now. Our offices are open Monday to Friday, 8 AM to 5 PM.',
})
  .then(hangUp)
  .onError(hangUp);

// Every department shares the same path once its queue is set: record the interaction, check the
// queue's own hours, transfer.
const transfer = transferToQueue().onAtCapacity(technicalDifficulty).onError(technicalDifficulty);
const checkDepartmentHours = checkHoursOfOperation()
  .whenInHours(transfer)
  .whenOutOfHours(afterHours)
  .onError(technicalDifficulty);
const storeInteraction = invokeLambda({
  fn: lambdaFunction('storeInteraction'),
  timeoutSeconds: 4,
  parameters: { callerNumber: system.customerNumber, department: system.queueName },
})
  .then(checkDepartmentHours)
  .onError(checkDepartmentHours);

// The menu: 1-8 pick a department, 0 replays it, and a timeout or a wrong key replays it twice:
// the third ends the call.
const menu = getCustomerInput({
  text:
    'For Transportation and Motor Vehicles, press 1. For Employment and Labor, press 2. ' +
    'For Health, Social Services and Welfare, press 3. For Government Operations and Revenue, press 4. ' +
    'For Consumer Services and Housing, press 5. For Property and Elected Officers, press 6. ' +
    'For Parks, Natural Resources and Environment, press 7. For General Assistance, press 8. ' +
    'To hear these options again, press 0.',
  timeoutSeconds: 8,
});
const noSelection = playPrompt({ text: 'We did not receive a valid selection. Goodbye.' })
  .then(hangUp)
  .onError(hangUp);
const retry = loop({ count: 2 }).onLooping(menu).onComplete(noSelection);
for (const [key, department] of departments) {
  menu.when(
    key,
    setWorkingQueue({ queue: queue(department) })
      .then(storeInteraction)
      .onError(technicalDifficulty),
  );
}
menu.when('0', menu).onTimeout(retry).otherwise(retry).onError(technicalDifficulty);

// Greetings: returning callers hear a welcome back.
const welcome = playPrompt({ text: 'Thank you for calling the State Services Information Line.' })
  .then(menu)
  .onError(menu);
const welcomeBack = playPrompt({
  text: 'Welcome back to the State Services Information Line. Thank you for calling again.',
})
  .then(menu)
  .onError(menu);
const greeting = checkContactAttributes({ value: lambdaResult('returningCaller') })
  .when('true', welcomeBack)
  .otherwise(welcome);
const lastInteraction = invokeLambda({
  fn: lambdaFunction('getLastInteraction'),
  timeoutSeconds: 3,
  parameters: { callerNumber: system.customerNumber },
})
  .then(greeting)
  .onError(welcome);

const holiday = checkContactAttributes({ value: lambdaResult('isHoliday') })
  .when('true', closedForHoliday)
  .otherwise(lastInteraction);
const checkHoliday = invokeLambda({ fn: lambdaFunction('checkHoliday'), timeoutSeconds: 3 })
  .then(holiday)
  .onError(lastInteraction);

const recording = setRecordingBehavior({
  record: 'agentAndCustomer',
  analytics: { language: 'en-US', voice: 'realTime' },
}).then(checkHoliday);
const logging = setLoggingBehavior({ enabled: true }).then(recording);
const voice = setVoice({ voice: 'Joanna', engine: 'Neural' }).then(logging).onError(logging);

export const governmentServicesIvr = flow('Government Services IVR', {
  type: 'CONTACT_FLOW',
  description:
    'Main number: holiday check, returning-caller greeting, nine-option menu, department queues.',
  channels: ['VOICE'],
  start: voice,
});
