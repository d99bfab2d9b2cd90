import { describe, expect, test } from 'vitest';
import { readSsml } from '../src/values/ssml-markup.js';

describe('readSsml', () => {
  test.each([
    '<speak>Hello</speak>',
    '<speak></speak>',
    '  <speak xml:lang="en-US">Hi <break time="1s" /></speak>\n',
    '<?xml version="1.0" encoding="UTF-8"?><speak>Hi</speak>',
    '<!-- greeting --><speak>Hi<![CDATA[ <raw> & ]]></speak>',
    '<speak><amazon:effect name="whispered">psst</amazon:effect></speak>',
    `<speak><sub alias='World Wide Web'>WWW</sub> &lt;&gt;&quot;&apos;&amp;&#65;&#x41;</speak>`,
    '<speak><prosody rate="x>y">a</prosody></speak>',
  ])('reads %j as wrapped in <speak>', (value) => {
    expect(readSsml(value).shape).toEqual({ kind: 'speak' });
  });

  test.each(['Hello', 'Hello <break/> there', '<p>one</p><p>two</p>', ''])(
    'reads %j as well-formed but not wrapped',
    (value) => {
      expect(readSsml(value).shape).toEqual({ kind: 'unwrapped' });
    },
  );

  test.each([
    ['<speak>Hi', '<speak> is never closed'],
    ['<speak>Hi</p></speak>', '</p> closes <speak>'],
    ['<speak>Hi</speak></speak>', '</speak> closes nothing'],
    ['<speak>A & B</speak>', 'an "&" starts no character reference (write &amp;)'],
    ['<speak>&nbsp;</speak>', "&nbsp; is not one of XML's five named characters"],
    ['<speak>&#0;</speak>', '&#0; is not a character XML allows'],
    ['<speak>1 < 2</speak>', 'a "<" starts no tag (write &lt; for the character)'],
    ['<speak><break time=1s/></speak>', 'time in <break> needs quotes around its value'],
    ['<speak><break time="1<s"/></speak>', 'the value of time in <break> holds a "<"'],
    ['<speak><break time="1s/></speak>', 'the value of time in <break> is never closed'],
    ['<speak><break time="1s"time="2s"/></speak>', 'the <break> tag has a stray "t"'],
    ['<speak><break time="1s" time="2s"/></speak>', '<break> sets time twice'],
    ['<speak><break time/></speak>', 'time in <break> has no ="value"'],
    ['<speak><break', 'the <break> tag is never closed with ">"'],
    ['<speak>x</ speak>', 'a closing tag is not written </name>'],
    ['<speak><!-- x</speak>', 'a comment is never closed'],
    ['<!DOCTYPE speak><speak/>', 'declarations such as <!DOCTYPE> have no place in a prompt'],
    ['<speak>a</speak> b', 'text stands outside the <speak> element'],
    ['<speak>a</speak><p>b</p>', 'more than one element stands at the top level'],
    [
      '<speak><speak>a</speak></speak>',
      '<speak> stands inside another element; it must wrap everything',
    ],
  ])('reads %j as malformed: %s', (value, problem) => {
    const { shape } = readSsml(value);
    expect(shape.kind).toBe('malformed');
    expect(shape.kind === 'malformed' && shape.problem).toBe(problem);
  });

  test('gives the text Amazon Polly bills: markup removed, references decoded', () => {
    expect(
      readSsml('<speak>A <break time="1s"/>&amp; <![CDATA[B]]><!-- c --></speak>').spoken,
    ).toBe('A & B');
    expect(readSsml('<speak>A <b>B</speak>').spoken).toBe('A B');
  });

  test('lists the elements with their attributes, none when malformed', () => {
    const { elements } = readSsml(
      '<speak><break time="2s"/><amazon:effect name=\'whispered\'>hi</amazon:effect></speak>',
    );
    expect(elements.map(({ name, offset }) => ({ name, offset }))).toEqual([
      { name: 'speak', offset: 0 },
      { name: 'break', offset: 7 },
      { name: 'amazon:effect', offset: 25 },
    ]);
    expect({ ...elements[1]!.attributes }).toEqual({ time: '2s' });
    expect({ ...elements[2]!.attributes }).toEqual({ name: 'whispered' });
    expect(readSsml('<speak><emphasis>Hi</speak>').elements).toEqual([]);
  });

  test('never throws, whatever the input', () => {
    const pieces = [
      '<',
      '>',
      '/',
      '&',
      ';',
      '"',
      "'",
      '=',
      ' ',
      'speak',
      'p',
      '#',
      'x',
      '!--',
      '?',
      ']]>',
    ];
    let seed = 7;
    for (let i = 0; i < 2000; i++) {
      let value = '';
      for (let j = 0; j < 12; j++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        value += pieces[seed % pieces.length];
      }
      expect(() => readSsml(value)).not.toThrow();
    }
  });
});
