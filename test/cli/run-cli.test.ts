import { describe, expect, it } from 'vitest';
import { InputFileError, UsageError } from '../../src/cli/cli-errors.js';
import { describeFailure, runCli } from '../../src/cli/run-cli.js';
import { LmdInputError } from '../../src/core/input-error.js';

function capture(argv: string[]): { code: number; stdout: string } {
  let stdout = '';
  const code = runCli(argv, { stdout: (text) => (stdout += text), progress: () => undefined, now: () => 0 });
  return { code, stdout };
}

describe('runCli and describeFailure', () => {
  it('maps user errors to exit codes 1 and 2 without a stack trace', () => {
    expect(describeFailure(new InputFileError('a.csv line 2: bad'), true)).toEqual({ code: 1, message: 'lmdkit: a.csv line 2: bad\n' });
    expect(describeFailure(new LmdInputError([{ path: 'x', message: 'bad (received 1)' }]), true)).toEqual({ code: 1, message: 'lmdkit: x: bad (received 1)\n' });
    expect(describeFailure(new UsageError('missing --instrument <file.json>', '360'), true)).toEqual({
      code: 2,
      message: 'lmdkit 360: missing --instrument <file.json>\nRun "lmdkit 360 --help" for usage.\n',
    });
  });

  it('reports anything else as an internal error (exit 70), with the stack only when debugging', () => {
    const error = new TypeError('x is undefined');
    const quiet = describeFailure(error, false);
    expect(quiet.code).toBe(70);
    expect(quiet.message).toBe(
      'lmdkit: internal error (x is undefined); this is a bug, please report it with the command you ran (LMDKIT_DEBUG=1 shows the stack trace).\n',
    );
    expect(describeFailure(error, true).message).toMatch(/\n\s+at /);
  });

  it('prints help and the version with exit 0, and throws usage errors for bad calls', () => {
    expect(capture(['--help']).stdout).toMatch(/^Usage: lmdkit <command> \[options\]/);
    expect(capture(['iip', '-h']).stdout).toMatch(/^Usage: lmdkit iip <evidence\.json>/);
    expect(capture(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(() => capture([])).toThrow(UsageError);
    expect(() => capture(['360', 'a.csv', 'b.csv', '--instrument', 'i.json'])).toThrow('expected one <export.csv|.xlsx> argument (received 2: a.csv b.csv)');
    expect(() => capture(['evaluate', 'c.json', '--format', 'pdf'])).toThrow('--format must be one of markdown, json (received "pdf")');
    expect(() => capture(['360', 'a.csv', '--instrument', 'i.json', '--audience', 'participant'])).toThrow('--audience participant is for one person');
    expect(() => capture(['360', 'a.csv', '--instrument', 'i.json', '--audience', 'manager'])).toThrow('--audience must be participant or coach');
  });

  // Audit of issue 7.
  it('gives a command’s help for "lmdkit help <command>", and a usage error for an unknown topic', () => {
    expect(capture(['help', '360']).stdout).toMatch(/^Usage: lmdkit 360 <export\.csv\|export\.xlsx>/);
    expect(capture(['help', 'evaluate']).stdout).toMatch(/^Usage: lmdkit evaluate <case\.json>/);
    expect(capture(['help']).stdout).toMatch(/^Usage: lmdkit <command>/);
    expect(() => capture(['help', 'pdf'])).toThrow('no help on "pdf" (expected 360, plan, iip, evaluate or demo)');
  });

  it('rejects empty option values and file arguments as usage errors, not as unreadable files named ""', () => {
    expect(() => capture(['360', 'a.csv', '--instrument', ''])).toThrow(new UsageError('--instrument needs a value (received an empty text)', '360'));
    expect(() => capture(['iip', 'e.json', '--out', ' '])).toThrow('--out needs a value (received an empty text)');
    expect(() => capture(['evaluate', ''])).toThrow('the <case.json> argument is an empty text');
  });

  it('says options go after the command when they come before it', () => {
    expect(() => capture(['--format', 'json', 'iip', 'e.json'])).toThrow('options go after the command: lmdkit iip … --format');
    expect(() => capture(['--bogus'])).toThrow('unknown option "--bogus"');
  });
});
