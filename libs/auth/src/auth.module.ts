import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@zdm/common';
import { InventoryModule } from '@zdm/inventory';
import { AdminBootstrap } from './admin-bootstrap';
import { ApiKeyEntity } from './api-keys/api-key.entity';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysRepository } from './api-keys/api-keys.repository';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthController } from './auth.controller';
import { JwtAuthGuard } from './jwt-auth.guard';
import { LoginLimitRepository } from './login-limit/login-limit.repository';
import { LoginLimiter } from './login-limit/login-limiter';
import { RequestAuthenticator } from './request-authenticator';
import { TokenService } from './token.service';

/**
 * Token issue (with the shared login limit), API keys (spec §16), the authentication hook (`RequestAuthenticator`, attached
 * to Fastify by the app; agent tokens through the `AgentTokenCheck` port), the global guard, the
 * first administrator.
 */
@Module({
  imports: [
    InventoryModule,
    TypeOrmModule.forFeature([ApiKeyEntity]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not a string: jsonwebtoken otherwise tries the string as a public key on
        // every verify (~400 µs per request, measured in bench:register).
        secret: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as string,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController, ApiKeysController],
  providers: [
    TokenService,
    LoginLimiter,
    LoginLimitRepository,
    AdminBootstrap,
    ApiKeysRepository,
    ApiKeysService,
    RequestAuthenticator,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [RequestAuthenticator, LoginLimiter],
})
export class AuthModule {}
