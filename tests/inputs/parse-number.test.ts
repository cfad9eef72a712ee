/** Money and head-counts as people type them: what is read, what is refused, and what the refusal says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFields } from '#src/engine/inputs/parse-fields.ts';
import { NUMBER_TEXT_MAX } from '#src/engine/inputs/number-text.ts';
import { MAX_SIGNIFICANT_DIGITS, parseNumber, readPeopleNumber } from '#src/engine/inputs/parse-number.ts';

const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';

describe('reads', () => {
  it.each([
    ['180000', 180_000],
    ['180,000', 180_000],
    ['180 000', 180_000],
    [`180${NBSP}000`, 180_000],
    [`180${NARROW_NBSP}000`, 180_000],
    ['1 234 567', 1_234_567],
    ['180k', 180_000],
    ['180 K', 180_000],
    ['1.2m', 1_200_000],
    ['1.5K', 1500],
    ['1.234k', 1234],
    ['2,500.50', 2500.5],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['0.125', 0.125],
    ['1234.567', 1234.567],
    ['  42  ', 42],
    ['+7', 7],
    ['0', 0],
    ['123456789012345', 123_456_789_012_345],
  ])('%j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it('reads a minus only when asked to', () => {
    expect(parseNumber('-2.5', { allowNegative: true })).toEqual({ ok: true, value: -2.5 });
    expect(parseNumber('\u22123k', { allowNegative: true })).toEqual({ ok: true, value: -3000 });
    expect(parseNumber('-0', { allowNegative: true })).toEqual({ ok: true, value: 0 });
  });

  it('takes 1.5k as a whole number of people', () => {
    expect(parseNumber('1.5k', { integer: true })).toEqual({ ok: true, value: 1500 });
  });
});

describe('refuses, and says how to write it', () => {
  it('pins every message people read', () => {
    const refused = [
      '180.000',
      '1.234',
      '1.230',
      '1,23',
      '2,5',
      '1.234,56',
      '180 000,50',
      '1.234.567',
      '12,34,567',
      '1,234 567',
      '1 2',
      'abc',
      'NaN',
      'Infinity',
      '1e5',
      '5.',
      '1,,000',
      '',
      '-5',
      '$180k',
      '€180.000',
      '1234567890123456',
      '1' + '0'.repeat(30),
      '9'.repeat(60),
    ];
    const messages = Object.fromEntries(refused.map((text) => [text, (parseNumber(text) as { message?: string }).message]));
    expect(messages).toMatchInlineSnapshot(`
      {
        "": "enter a number, such as 180000, 180,000 or 180k",
        "$180k": ""$180k": leave out the currency sign (write 180k)",
        "-5": ""-5" is negative: enter 0 or more",
        "1 2": ""1 2": put one kind of separator every three digits, or none: write 12",
        "1,,000": ""1,,000" is not a number: write digits, such as 180000, 180,000 or 180k",
        "1,23": ""1,23" uses a comma for the decimal point: write 1.23",
        "1,234 567": ""1,234 567": put one kind of separator every three digits, or none: write 1,234,567 or 1234567",
        "1.230": ""1.230" could mean 1.23 or 1,230: write 1,230 or 1230 if you mean thousands, 1.23 if not",
        "1.234": ""1.234" could mean 1.234 or 1,234: write 1,234 or 1234 if you mean thousands, 1.2340 if not",
        "1.234,56": ""1.234,56" uses a comma for the decimal point: write 1,234.56 or 1234.56",
        "1.234.567": ""1.234.567" uses dots between thousands: write 1,234,567 or 1234567",
        "1000000000000000000000000000000": ""1000000000000000000000000000000" is too large",
        "12,34,567": ""12,34,567": put one kind of separator every three digits, or none: write 1,234,567 or 1234567",
        "1234567890123456": ""1234567890123456" has more than 15 significant digits: round it",
        "180 000,50": ""180 000,50" uses a comma for the decimal point: write 180,000.50 or 180000.50",
        "180.000": ""180.000" could mean 180 or 180,000: write 180,000 or 180000 if you mean thousands, 180 if not",
        "1e5": ""1e5" is not a number: write digits, such as 180000, 180,000 or 180k",
        "2,5": ""2,5" uses a comma for the decimal point: write 2.5",
        "5.": ""5." is not a number: write digits, such as 180000, 180,000 or 180k",
        "999999999999999999999999999999999999999999999999999999999999": ""9999999999999999999999999999999999999..." is too long to be a number (50 characters at most)",
        "Infinity": ""Infinity" is not a number: write digits, such as 180000, 180,000 or 180k",
        "NaN": ""NaN" is not a number: write digits, such as 180000, 180,000 or 180k",
        "abc": ""abc" is not a number: write digits, such as 180000, 180,000 or 180k",
        "€180.000": ""€180.000": leave out the currency sign; and "180.000" could mean 180 or 180,000: write 180,000 or 180000 if you mean thousands, 180 if not",
      }
    `);
  });

  it('pins the messages that depend on the options', () => {
    expect(parseNumber('2.5', { integer: true })).toMatchInlineSnapshot(`
      {
        "message": ""2.5" is not a whole number: enter one, such as 12",
        "ok": false,
      }
    `);
    expect(parseNumber('-2', { integer: true })).toMatchInlineSnapshot(`
      {
        "message": ""-2" is negative: enter 0 or more",
        "ok": false,
      }
    `);
  });
});

/** An integer written with a separator between thousands. */
const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
/** An integer written with a k or m suffix: 1234567 as 1234.567k or 1.234567m. */
function suffixed(n: number, suffix: 'k' | 'K' | 'm' | 'M', space: boolean): string {
  const places = /k/i.test(suffix) ? 3 : 6;
  const digits = String(n).padStart(places + 1, '0');
  const whole = digits.slice(0, -places);
  const frac = digits.slice(-places).replace(/0+$/, '');
  return `${whole}${frac ? `.${frac}` : ''}${space ? ' ' : ''}${suffix}`;
}

const safeInteger = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10 ** MAX_SIGNIFICANT_DIGITS - 1 }));

describe('laws of parseNumber', () => {
  it('reads back any integer written with commas, spaces or no separator', () => {
    fc.assert(
      fc.property(safeInteger, fc.constantFrom('', ',', ' ', NBSP, NARROW_NBSP, '\u2009'), (n, separator) => {
        expect(parseNumber(grouped(n, separator))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('reads back any integer written with a k or m suffix', () => {
    fc.assert(
      fc.property(safeInteger, fc.constantFrom<'k' | 'K' | 'm' | 'M'>('k', 'K', 'm', 'M'), fc.boolean(), (n, suffix, space) => {
        expect(parseNumber(suffixed(n, suffix, space))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('reads back money to the cent written with commas', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (cents) => {
        const text = `${grouped(Math.floor(cents / 100), ',')}.${String(cents % 100).padStart(2, '0')}`;
        expect(parseNumber(text)).toEqual({ ok: true, value: Number(text.replace(/,/g, '')) });
      }),
    );
  });

  it('never throws, and only ever returns a finite number in range, or a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[-\d.,k ]{0,12}$/)), (text) => {
        const result = parseNumber(text);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
        } else {
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('refuses a single dot before exactly three digits, whatever the number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (whole, part) => {
        const result = parseNumber(`${whole}.${String(part).padStart(3, '0')}`);
        expect(result.ok).toBe(false);
      }),
    );
  });
});

describe('is linear in what it is given (issue 32, item 6: 130,000 characters took 19.9 s)', () => {
  type Method = 'test' | 'exec' | typeof Symbol.replace | typeof Symbol.split | typeof Symbol.match;
  /** The length of every text a regular expression reads while `run` runs: a pattern given 130,000 characters can take their square. */
  function patternInputs(run: () => void): number[] {
    const lengths: number[] = [];
    const proto = RegExp.prototype as unknown as Record<Method, (this: RegExp, ...args: unknown[]) => unknown>;
    const methods: Method[] = ['test', 'exec', Symbol.replace, Symbol.split, Symbol.match];
    const originals = methods.map((m) => proto[m]);
    methods.forEach((m, i) => {
      proto[m] = function (this: RegExp, ...args: unknown[]) {
        lengths.push(String(args[0]).length);
        return originals[i]!.apply(this, args);
      };
    });
    try {
      run();
    } finally {
      methods.forEach((m, i) => (proto[m] = originals[i]!));
    }
    return lengths;
  }

  const long = ['1'.repeat(130_000), `${'1'.repeat(130_000)}x`, `1${' '.repeat(60_000)}1k`, `-${'9,'.repeat(30_000)}`];

  it.each(long.map((text) => [text.length, text]))('refuses %i characters before any pattern reads them (parseNumber)', (_, text) => {
    let read: ReturnType<typeof parseNumber> | undefined;
    const lengths = patternInputs(() => (read = parseNumber(text)));
    expect(read).toMatchObject({ ok: false, message: expect.stringContaining('is too long to be a number (50 characters at most)') });
    expect(Math.max(0, ...lengths)).toBeLessThanOrEqual(NUMBER_TEXT_MAX);
  });

  it.each(long.map((text) => [text.length, text]))(
    'refuses %i characters before any pattern reads them (a form field, a flag)',
    (_, text) => {
      let errors: { flag: string; message: string }[] = [];
      const fields = { 'team-size': '10', 'infra-share': '5', 'onboarding-days': '2', 'engineer-cost': text };
      const lengths = patternInputs(() => (errors = parseFields(fields, [], readPeopleNumber).errors));
      expect(errors.map((e) => e.flag)).toEqual(['engineer-cost']);
      expect(Math.max(0, ...lengths)).toBeLessThanOrEqual(NUMBER_TEXT_MAX);
    },
  );

  it('says so in words', () => {
    const errors = parseFields({ 'team-size': '1'.repeat(60_000) }, [], readPeopleNumber).errors;
    expect(errors[0]).toMatchInlineSnapshot(`
      {
        "flag": "team-size",
        "message": ""1111111111111111111111111111111111111..." is too long to be a number (50 characters at most)",
      }
    `);
  });
});
