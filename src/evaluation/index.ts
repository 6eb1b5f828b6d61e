/**
 * Evaluation of learning and development (CIPD 7OS02, IIP indicator 8): evaluation models, HR
 * metrics, effect sizes, ROI, business-case and initiative-design checks, qualitative evidence.
 * Import from `lmdkit/evaluation` or `lmdkit`.
 *
 * This entry point is reserved in 0.1.0 so that the package's subpaths are stable; its functions
 * arrive in later releases (see the CHANGELOG). It exports nothing yet.
 *
 * @module evaluation
 */
export {};
