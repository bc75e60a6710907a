export * from './live-session.entity';
export * from './live-session-product.entity';
export * from './livestream.module';
