export * from './entities/region.entity';
export * from './dto/region-level.enum';
export * from './dto/region.view';
export * from './services/region.service';
export * from './regions.module';
export * from './services/address-region';
export * from './services/region-read-model';
export * from './errors';
