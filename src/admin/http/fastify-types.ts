// What the console adds to Fastify's request, instance and session.
import type { ConsoleViewer } from '../../store/console-accounts.js';
import type { LoginBanner } from './render.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in console user; set by the auth hook on protected routes. */
    viewer?: ConsoleViewer;
  }
  interface FastifyInstance {
    /** The WeChat login problem to show on every page, if there is one. */
    loginBanner(): Promise<LoginBanner | null>;
  }
}

declare module '@fastify/session' {
  interface FastifySessionObject {
    accountId?: string;
  }
}

export {};
