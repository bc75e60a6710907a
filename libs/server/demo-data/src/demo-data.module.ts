import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttributionModule } from '@yigou/server/attribution';
import { DemoDataLoader } from './demo-data.loader';
import { DemoHistoryLoader } from './demo-history';
import { DemoSeed } from './demo-seed.entity';

/** The demo catalogue loader. Demo accounts are made by the app with identity's UserService. */
@Module({
  imports: [AttributionModule, TypeOrmModule.forFeature([DemoSeed])],
  providers: [DemoDataLoader, DemoHistoryLoader],
  exports: [DemoDataLoader, DemoHistoryLoader],
})
export class DemoDataModule {}
