/**
 * Leadership and management development (CIPD 7OS06): leader vs leadership development, the
 * intervention catalogue, leadership theories, action-learning design rules and 360-degree
 * feedback. Import from `lmdkit/lmd` or `lmdkit`.
 *
 * This entry point is reserved in 0.1.0 so that the package's subpaths are stable; its functions
 * arrive in later releases (see the CHANGELOG). It exports nothing yet.
 *
 * @module lmd
 */
export {};
