import { Module } from '@nestjs/common';
import { AttributionModule } from '@yigou/server/attribution';
import { DemoDataLoader } from './demo-data.loader';

/** The demo catalogue loader. Demo accounts are made by the app with identity's UserService. */
@Module({
  imports: [AttributionModule],
  providers: [DemoDataLoader],
  exports: [DemoDataLoader],
})
export class DemoDataModule {}
