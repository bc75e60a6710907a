export * from './fen';
export * from './largest-remainder';
