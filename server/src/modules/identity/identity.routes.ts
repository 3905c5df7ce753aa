import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listResponse, Problem } from '../../../../shared/schemas/common.ts';
import {
  ChangePasswordInput,
  LoginInput,
  MeDto,
  OrganisationCreateInput,
  OrganisationDto,
  OrganisationListQuery,
  OrganisationUpdateInput,
  UserCreateInput,
  UserDto,
  UserListQuery,
  UserUpdateInput,
} from '../../../../shared/schemas/identity.ts';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../platform/auth.ts';
import { AppError } from '../../platform/errors.ts';
import { actorOf, changePassword, login, logout } from './auth.service.ts';
import { permissionsOf } from './identity.policy.ts';
import * as orgs from './organisations.service.ts';
import * as users from './users.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function identityRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập',
        body: LoginInput,
        response: { 200: MeDto, 423: Problem, ...errors },
      },
      config: {
        csrfExempt: true,
        rateLimit: { max: app.config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' },
      },
    },
    async (req, reply) => {
      if (!req.body.email || !req.body.password) throw new AppError('AUTH_INVALID_CREDENTIALS');
      const res = await login(app.db, app.config, req.body, {
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      setSessionCookie(req, reply, app.config, res.token);
      const actor = actorOf(res.user);
      return {
        user: await users.presentUser(app.db, actor, res.user),
        csrfToken: res.csrfToken,
        permissions: permissionsOf(actor),
      };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 204: z.null() } } },
    async (req, reply) => {
      if (req.actor) await logout(app.db, req.actor);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'Người dùng hiện tại', response: { 200: MeDto, 401: Problem } } },
    async (req) => {
      const actor = requireActor(req);
      const me = await users.getUser(app.db, actor, actor.userId);
      return { user: me, csrfToken: req.csrfToken ?? '', permissions: permissionsOf(actor) };
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu',
        body: ChangePasswordInput,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await changePassword(app.db, requireActor(req), req.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Danh sách người dùng',
        querystring: UserListQuery,
        response: { 200: listResponse(UserDto), ...errors },
      },
    },
    async (req) => users.listUsers(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Chi tiết người dùng',
        params: IdParams,
        response: { 200: UserDto, ...errors },
      },
    },
    async (req) => users.getUser(app.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Tạo người dùng',
        body: UserCreateInput,
        response: { 201: UserDto, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await users.createUser(app.db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Sửa, khóa, mở khóa, đặt lại mật khẩu',
        params: IdParams,
        body: UserUpdateInput,
        response: { 200: UserDto, ...errors },
      },
    },
    async (req) => users.updateUser(app.db, requireActor(req), req.params.id, req.body),
  );

  app.get(
    '/api/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Danh sách tổ chức',
        querystring: OrganisationListQuery,
        response: { 200: listResponse(OrganisationDto), ...errors },
      },
    },
    async (req) => orgs.listOrganisations(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Chi tiết tổ chức',
        params: IdParams,
        response: { 200: OrganisationDto, ...errors },
      },
    },
    async (req) => orgs.getOrganisation(app.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Tạo tổ chức',
        body: OrganisationCreateInput,
        response: { 201: OrganisationDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await orgs.createOrganisation(app.db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Sửa tổ chức',
        params: IdParams,
        body: OrganisationUpdateInput,
        response: { 200: OrganisationDto, ...errors },
      },
    },
    async (req) => orgs.updateOrganisation(app.db, requireActor(req), req.params.id, req.body),
  );
}
