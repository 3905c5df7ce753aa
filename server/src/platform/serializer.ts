import fastJson from 'fast-json-stringify';
import type { FastifySchema } from 'fastify';
import { createSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type Route = { schema: FastifySchema; method: string; url: string; httpStatus?: string };

const zodSerializer = createSerializerCompiler({});

/**
 * Response serialiser compiled once per route and status from the route's zod schema: fast-json-stringify
 * over the schema's JSON Schema writes only the declared fields (as zod's encode strips the rest) in a
 * quarter of the time of an encode pass plus JSON.stringify (measured on a 20-item scheme page: 80 µs
 * against 356 µs). With `checked` (every environment but production) each response is first checked by
 * zod, so a handler returning the wrong shape fails its tests with a clear error. Schemas JSON Schema cannot
 * express (transforms, codecs, dates) keep zod's own encode.
 */
export function responseSerializer(checked: boolean) {
  return (route: Route) => {
    // Compiled on a route's first response, not at start-up: 1,600 route × status serialisers would add
    // most of a second to every start, and most of them never run in a given process.
    let compiled: ((data: unknown) => string) | null = null;
    return (data: unknown) => {
      compiled ??= compile(route, checked);
      return compiled(data);
    };
  };
}

function compile(route: Route, checked: boolean): (data: unknown) => string {
  const viaZod = zodSerializer(route as never) as (data: unknown) => string;
  let fast: (data: unknown) => string;
  try {
    const schema = route.schema as unknown as z.ZodType;
    if (!(schema instanceof z.ZodType)) return viaZod;
    fast = fastJson(z.toJSONSchema(schema, { io: 'output', target: 'draft-7' }) as never) as (
      data: unknown,
    ) => string;
  } catch {
    return viaZod;
  }
  if (!checked) return fast;
  return (data: unknown) => {
    viaZod(data);
    return fast(data);
  };
}
