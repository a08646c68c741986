import { createSecretKey } from 'node:crypto';

import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';

import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';
import { UsersModule } from '@engine/users/users.module';

import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ENGINE_CONFIG],
      // A key object made once: verifying with a string secret rebuilds one on every request.
      useFactory: (config: EngineConfig) => ({
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
        signOptions: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    UsersModule,
  ],
  controllers: [AuthController],
  providers: [TokenService, SessionService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenService, SessionService],
})
export class AuthModule {}
