// The source of the IVR's three Lambda functions, deployed inline: each answers the Invoke AWS
// Lambda function block with a flat map of strings, which the flow reads as `$.External.<key>`.

/** Answers `isHoliday: "true"` on the fixed-date holidays listed in `HOLIDAYS` (MM-DD, commas). */
export const checkHolidaySource = `
exports.handler = async () => {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: process.env.TIME_ZONE });
  const holidays = process.env.HOLIDAYS.split(',');
  return { isHoliday: String(holidays.includes(today.slice(5))) };
};
`;

/** Answers `returningCaller: "true"` when the table holds an earlier call from the number. */
export const getLastInteractionSource = `
const { DynamoDBClient, GetItemCommand } = require('@aws-sdk/client-dynamodb');
const db = new DynamoDBClient({});
exports.handler = async (event) => {
  const { callerNumber } = event.Details.Parameters;
  const { Item } = await db.send(
    new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { callerNumber: { S: callerNumber } } }),
  );
  return { returningCaller: String(Item !== undefined) };
};
`;

/** Records the caller's number and department, kept for 90 days. */
export const storeInteractionSource = `
const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
const db = new DynamoDBClient({});
exports.handler = async (event) => {
  const { callerNumber, department } = event.Details.Parameters;
  const expiresAt = Math.floor(Date.now() / 1000) + 90 * 24 * 3600;
  await db.send(
    new PutItemCommand({
      TableName: process.env.TABLE_NAME,
      Item: {
        callerNumber: { S: callerNumber },
        department: { S: department || '' },
        expiresAt: { N: String(expiresAt) },
      },
    }),
  );
  return {};
};
`;
