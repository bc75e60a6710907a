export * from './region.entity';
export * from './region-level.enum';
export * from './region.service';
export * from './regions.module';
export * from './address-region';
