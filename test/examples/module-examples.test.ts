import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README lists these scripts; they import the built package by name, as a user's project would.
const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (script: string): string => execFileSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });

describe('README module examples', () => {
  it('examples/feedback360.mjs prints competencies, hides the two peers and flags the unsupported over-estimator', () => {
    const output = run('examples/feedback360.mjs');
    // Listening, all others: L1 (3,3,4,2,3)/5 = 3.0 and L2 (4,3,3,3,4)/5 = 3.4 → 3.2.
    expect(output).toMatch(/'Listening'\s*│\s*'5\.00'\s*│\s*'3\.20'\s*│\s*5\s*│\s*'1\.80'/);
    expect(output).toContain('Hidden: peer (below-minimum-group-size)');
    expect(output).toContain('Agreement: over-estimator; blind spots: D2, L1, L2');
    expect(output).toContain('RISK FB360_OVER_ESTIMATOR_UNSUPPORTED [atwater-waldman-1998, smither-london-reilly-2005]');
    expect(output).not.toMatch(/peer1|peer2/);
  });

  it('examples/evaluation.mjs prints turnover, d beside the benchmarks and a Phillips ROI', () => {
    const output = run('examples/evaluation.mjs');
    expect(output).toContain('Turnover: 15.0% before, 10.2% after');
    expect(output).toContain('beside transfer in lacerenza-2017: 0.82 (delta)');
    // Benefits 48,000 × 0.5 × 0.7 + 6,000 × 0.6 × 0.8 = 19,680; (19,680 − 11,500) / 11,500 = 71 %.
    expect(output).toContain('Adjusted benefits £19680, cost £11500, ROI 71%, payback 7.0 months');
  });

  it('examples/report.mjs renders a 360 page and Markdown with lmdkit/report, the lone direct report hidden', () => {
    const output = run('examples/report.mjs');
    expect(output).toContain('<title>360-degree feedback: M07</title>');
    expect(output).toContain("Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(output).toContain('## Note for M07 \\[coach: J. Smith\\]');
    expect(output).toContain('## 360-degree feedback: M07 (Larkspur Vale Housing)');
    // All others, raters pooled: L1 (4 + 3 + 3 + 4) / 4 = 3.5, L2 (4 + 4 + 3 + 4) / 4 = 3.75; mean 3.625.
    expect(output).toContain('| Listening  | 4.50 | 3.63 (n=4) | +0.88 | 4.00 (n=1) | 3.50 (n=3) |');
    expect(output).toContain('- Direct reports: hidden, fewer raters than the minimum group size (3)');
    expect(output).not.toContain('d1');
  });

  it('examples/evaluation-design.mjs checks a recommended plan, happy sheets, a draft business case and an index', () => {
    const output = run('examples/evaluation-design.mjs');
    expect(output).toContain('Plan covers Kirkpatrick levels 1, 3, 4; findings: none');
    expect(output).toContain('RISK EVALUATION_PLAN_REACTION_ONLY');
    expect(output).toContain('Business case complete: false; unanswered: cost-of-inaction');
    expect(output).toContain('WARNING BUSINESS_CASE_SILVER_BULLET');
    // (0.7 × 3 + 0.64 × 2 + 0.58 × 1) / 6 × 100 = 66.0; 7 of 11 peers lie below it.
    expect(output).toContain('Leadership Index 66.0, percentile 64 among 11 peers');
  });
});
