import { Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { ReadReplicas } from '@yigou/server/database';

/** ReadReplicas for every domain (DATABASE_REPLICA_URLS); without replicas its reads go to the primary. */
@Global()
@Module({
  providers: [
    {
      provide: ReadReplicas,
      inject: [getDataSourceToken(), APP_CONFIG],
      useFactory: (db: DataSource, config: AppConfig) => new ReadReplicas(db, config.databaseReplicaUrls),
    },
  ],
  exports: [ReadReplicas],
})
export class ReadReplicasModule implements OnApplicationShutdown {
  constructor(private readonly replicas: ReadReplicas) {}

  onApplicationShutdown(): Promise<void> {
    return this.replicas.close();
  }
}
