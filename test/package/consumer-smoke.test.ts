// Consumer smoke test (DESIGN.md, "Quality bar"): packs the package as npm would publish it,
// installs the tarball into a fresh project outside this repository, and uses it from there as
// ESM, as CJS and from TypeScript under both the modern (nodenext) and the legacy (node10)
// resolver, so that `exports`, `typesVersions` and the dual build are exercised together. The
// packing and installing are in `test/helpers/packed-install.ts` (the Deno and notebook tests
// install the package the same way).
//
// The whole file takes about 4 s with a warm npm cache (packing and installing most of it);
// the timeouts leave room for a cold cache and a slow machine.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackedLmdkit, repositoryRoot, run, type PackedInstall } from '../helpers/packed-install.js';

const tsc = join(repositoryRoot, 'node_modules/typescript/bin/tsc');

// The same checks, once through `import` and once through `require`. Both print `ok` last, so a
// script that stops early cannot pass. Errors thrown by one entry must be instances of the class
// exported by another: the entries share one copy of each class.
const sharedChecks = `
assert.equal(mean([1, 2, 3]), 2);
assert.equal(lmModel.indicators.length, 9);
assert.ok(Object.isFrozen(lmModel.indicators[0]));
assert.equal(recognitionLevel({ meetsStandard: true, additionalRequirementsMet: 26 }), 'bronze');
assert.ok(new LmdInputError([{ path: 'x', message: 'bad' }]) instanceof Error);
assert.throws(() => getLmIndicator('LM10'), LmdInputError);
assert.throws(() => recognitionLevel({ meetsStandard: true, additionalRequirementsMet: -1 }), LmdInputError);
assert.equal(lmd.classifyIntervention('action-learning-set'), 'leadership');
assert.equal(lmd.classifySelfOtherAgreement(4.6, 3.5, { kind: 'scale-fraction', fraction: 0.1, scalePoints: 5 }), 'over-estimator');
assert.equal(lmd.spearmanBrown(0.5, 2), 2 / 3);
assert.throws(() => lmd.interpret360({ instrument: {}, ratings: [] }), LmdInputError);
assert.equal(evaluation.turnoverRate({ leavers: 18, averageHeadcount: 150 }), 12);
assert.throws(() => evaluation.turnoverRate({ leavers: 1, averageHeadcount: 0 }), LmdInputError);
assert.equal(evaluation.mapLevel(4, 'kirkpatrick', 'phillips').correspondence, 'exact');
assert.equal(evaluation.leadershipIndex([{ name: 'Engagement', value: 70, min: 0, max: 100, higherIsBetter: true, weight: 1 }]).index, 70);
assert.throws(() => evaluation.checkBusinessCase({}), LmdInputError);
assert.equal(report.markdownTable(['Item', 'Mean'], [['L1', '3.50']], ['left', 'right']), '| Item | Mean |\\n| ---- | ---: |\\n| L1   | 3.50 |');
assert.equal(report.escapeMarkdownText('<b>'), '&lt;b&gt;');
assert.throws(() => report.evaluateCase({}), LmdInputError);
const instrument360 = { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Listening' }], items: [{ id: 'L1', competencyId: 'c' }] };
const report360 = lmd.interpret360({ instrument: instrument360, ratings: [{ raterId: 'me', group: 'self', itemId: 'L1', score: 4 }] });
assert.match(report.render360Html(report360, { rateeId: 'M07', instrument: instrument360 }), /^<!doctype html>/);
assert.match(report.render360Markdown(report360, { rateeId: 'M07', instrument: instrument360 }), /^# 360-degree feedback: M07\\n/);
assert.throws(() => report.render360Html(report360, { rateeId: ' ', instrument: instrument360 }), LmdInputError);
assert.deepEqual(surveyImport.readSurveyExport('Ratee,Relationship,L1\\nM07,Line manager,4\\n', { instrument: instrument360 }).ratings, [{ rateeId: 'M07', raterId: 'row-2', group: 'manager', itemId: 'L1', score: 4 }]);
assert.throws(() => surveyImport.readSurveyExport('Ratee,Relationship,L1\\nM07,Team member,4\\n', { instrument: instrument360 }), LmdInputError);
process.stdout.write('ok');
`;

const esmScript = `
import assert from 'node:assert/strict';
import { LmdInputError, mean } from 'lmdkit';
import { getLmIndicator, lmModel, recognitionLevel } from 'lmdkit/indicators';
import * as lmd from 'lmdkit/lmd';
import * as evaluation from 'lmdkit/evaluation';
import * as report from 'lmdkit/report';
import * as surveyImport from 'lmdkit/import';

assert.match(import.meta.resolve('lmdkit/report'), /\\/node_modules\\/lmdkit\\/dist\\/report\\/index\\.js$/);
assert.match(import.meta.resolve('lmdkit'), /\\/node_modules\\/lmdkit\\/dist\\/index\\.js$/);
${sharedChecks}`;

const cjsScript = `
'use strict';
const assert = require('node:assert/strict');
const { LmdInputError, mean } = require('lmdkit');
const { getLmIndicator, lmModel, recognitionLevel } = require('lmdkit/indicators');
const lmd = require('lmdkit/lmd');
const evaluation = require('lmdkit/evaluation');
const report = require('lmdkit/report');
const surveyImport = require('lmdkit/import');

assert.match(require.resolve('lmdkit'), /[\\\\/]node_modules[\\\\/]lmdkit[\\\\/]dist[\\\\/]index\\.cjs$/);
${sharedChecks}`;

// A TypeScript consumer. The literal id type and the expected error prove that real declarations
// were found: had a subpath resolved to nothing (or to `any`), the @ts-expect-error would be unused.
const typescriptConsumer = `
import { getLmIndicator, LmdInputError, mean, type LmIndicatorId } from 'lmdkit';
import { assessLmModel, lmModel, recognitionLevel, type RecognitionLevel } from 'lmdkit/indicators';
import * as lmd from 'lmdkit/lmd';
import * as evaluation from 'lmdkit/evaluation';
import { render360Markdown, renderIipMarkdown, type Html360Context } from 'lmdkit/report';
import { readSurveyExport, type SurveyExport } from 'lmdkit/import';

const id: LmIndicatorId = 'LM3';
export const name: string = getLmIndicator(id).name;
// @ts-expect-error 'LM10' is not an L&M indicator id
getLmIndicator('LM10');
export const average: number = mean([1, 2, 3]);
export const level: RecognitionLevel = recognitionLevel({ meetsStandard: true, additionalRequirementsMet: 26 });
export const firstIndicator: 'LM1' = lmModel.indicators[0].id;
export const error: Error = new LmdInputError([{ path: 'id', message: 'unknown id' }]);
export const modules: readonly object[] = [lmd, evaluation];
export const focus: 'leader' | 'leadership' = lmd.classifyIntervention('coaching');
// @ts-expect-error 'yoga' is not an intervention id
lmd.classifyIntervention('yoga');
export const rate: number = evaluation.turnoverRate({ leavers: 18, averageHeadcount: 150 });
export const plan: readonly number[] = evaluation.checkEvaluationPlan({ measures: [] }).levelsCovered.levels;
// @ts-expect-error a measure's timing is 'before', 'after', 'before-and-after' or 'ongoing'
export const measure: evaluation.EvaluationMeasure = { name: 'x', level: { model: 'ltem', level: 7 }, kind: 'quantitative', timing: 'during' };
export const iipMarkdown: string = renderIipMarkdown(assessLmModel([]), { organisation: 'Larkspur Vale Housing', brief: true });
export const context: Html360Context = { rateeId: 'M07', instrument: { scale: { min: 1, max: 5 }, competencies: [], items: [] } };
// @ts-expect-error render360Markdown needs the ratee and instrument
render360Markdown(null as never, {});
export const read: SurveyExport['format'] = readSurveyExport('L1\\n4', { instrument: context.instrument }).format;
// @ts-expect-error the format is 'wide' or 'long'
readSurveyExport('L1\\n4', { instrument: context.instrument, format: 'tall' });
`;

const strictOptions = {
  strict: true,
  noEmit: true,
  target: 'es2022',
  lib: ['es2022'],
  types: [],
  // As most apps do: zod's own declarations need the DOM lib and esModuleInterop when checked.
  skipLibCheck: true,
};

let packed: PackedInstall | undefined;
let consumerDir = '';

describe('the packed tarball, installed into a fresh project', { timeout: 120_000 }, () => {
  beforeAll(() => {
    packed = installPackedLmdkit({ prefix: 'lmdkit-smoke-' });
    consumerDir = packed.projectDir;

    writeFileSync(join(consumerDir, 'esm.mjs'), esmScript);
    writeFileSync(join(consumerDir, 'cjs.cjs'), cjsScript);
    // nodenext: one ES module and one CommonJS module, so both `import` and `require` types are used.
    writeFileSync(join(consumerDir, 'consumer.mts'), typescriptConsumer);
    writeFileSync(join(consumerDir, 'consumer.cts'), typescriptConsumer);
    writeFileSync(join(consumerDir, 'consumer.ts'), typescriptConsumer);
    writeFileSync(
      join(consumerDir, 'tsconfig.nodenext.json'),
      JSON.stringify({
        compilerOptions: { ...strictOptions, module: 'nodenext', moduleResolution: 'nodenext' },
        files: ['consumer.mts', 'consumer.cts'],
      }),
    );
    // node10 ignores `exports`: the subpaths must resolve through `typesVersions`.
    writeFileSync(
      join(consumerDir, 'tsconfig.node10.json'),
      JSON.stringify({
        compilerOptions: { ...strictOptions, module: 'commonjs', moduleResolution: 'node10' },
        files: ['consumer.ts'],
      }),
    );
  }, 180_000);

  afterAll(() => {
    packed?.remove();
  });

  it('imports every entry as ESM', () => {
    expect(run(process.execPath, ['esm.mjs'], consumerDir)).toBe('ok');
  });

  it('requires every entry as CJS', () => {
    expect(run(process.execPath, ['cjs.cjs'], consumerDir)).toBe('ok');
  });

  it('type-checks a TypeScript consumer with moduleResolution nodenext', () => {
    expect(run(process.execPath, [tsc, '-p', 'tsconfig.nodenext.json'], consumerDir)).toBe('');
  });

  it('type-checks a TypeScript consumer with moduleResolution node10 (typesVersions)', () => {
    expect(run(process.execPath, [tsc, '-p', 'tsconfig.node10.json'], consumerDir)).toBe('');
  });
});
