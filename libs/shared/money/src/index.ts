export * from './fen';
export * from './largest-remainder';
export * from './rmb-uppercase';
