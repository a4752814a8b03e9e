import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CenterEntity } from './centers/center.entity';
import { CentersController } from './centers/centers.controller';
import { CentersRepository } from './centers/centers.repository';
import { CentersService } from './centers/centers.service';
import { RepositoriesController } from './repositories/repositories.controller';
import { RepositoriesRepository } from './repositories/repositories.repository';
import { RepositoriesService } from './repositories/repositories.service';
import { RepositoryEntity } from './repositories/repository.entity';
import { PartitionEntity } from './servers/partition.entity';
import { ServerEntity } from './servers/server.entity';
import { ServersController } from './servers/servers.controller';
import { ServersRepository } from './servers/servers.repository';
import { InventorySeedRepository } from './seed/inventory-seed.repository';
import { InventorySeedService } from './seed/inventory-seed.service';
import { ServersService } from './servers/servers.service';
import { UserEntity } from './users/user.entity';
import { UsersController } from './users/users.controller';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';

/** What jobs refer to: centers, repositories, servers with partitions, users (spec §2). */
@Module({
  imports: [TypeOrmModule.forFeature([CenterEntity, RepositoryEntity, ServerEntity, PartitionEntity, UserEntity])],
  controllers: [RepositoriesController, CentersController, ServersController, UsersController],
  providers: [
    CentersRepository,
    RepositoriesRepository,
    ServersRepository,
    UsersRepository,
    CentersService,
    RepositoriesService,
    ServersService,
    UsersService,
    InventorySeedRepository,
    InventorySeedService,
  ],
  exports: [CentersService, RepositoriesService, ServersService, UsersService, InventorySeedService],
})
export class InventoryModule {}
