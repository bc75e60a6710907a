export * from './shanghai-time';
