import { Controller, Get, Post } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import { addToRouteConfig } from './route-config';

const configOf = (handler: unknown) => Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler as object);

describe('addToRouteConfig', () => {
  @addToRouteConfig({ credentials: 'agent', responseMessage: 'from the class' })
  @Controller('things')
  class ThingsController {
    @Get()
    @addToRouteConfig({ responseMessage: 'own message' })
    list() {}

    @Post()
    create() {}

    helper() {}
  }

  it.each([
    [
      'a handler with its own key keeps it and gets the others',
      'list',
      { credentials: 'agent', responseMessage: 'own message' },
    ],
    [
      'a handler without config gets the class keys',
      'create',
      { credentials: 'agent', responseMessage: 'from the class' },
    ],
    ['a method that is no route gets nothing', 'helper', undefined],
  ])('on a class: %s', (_, method, expected) => {
    expect(configOf(ThingsController.prototype[method as keyof ThingsController])).toEqual(expected);
  });

  it('on a handler: its keys win over what the handler had', () => {
    class Other {
      @Get()
      @addToRouteConfig({ responseMessage: 'second' })
      @addToRouteConfig({ responseMessage: 'first', credentials: 'none' })
      read() {}
    }
    expect(configOf(Other.prototype.read)).toEqual({ responseMessage: 'second', credentials: 'none' });
  });
});
