// The labels and sources of the thresholds live in the engine, which also names changed settings on the Summary.
export * from '../../../engine/settings/thresholdInfo';
