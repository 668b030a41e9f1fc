/**
 * Types of the routes in /work/shared/API.md that the backend's OpenAPI schema does not have
 * yet (today: none). `Paths` in api-client.ts prefers the generated schema, so each entry here goes dead
 * (and can be deleted) the moment its route lands; typecheck then shows any drift.
 */

type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };
type NoContent = { headers: { [name: string]: unknown }; content?: never };

interface Spec {
  res?: unknown;
  body?: unknown;
  query?: object;
  path?: object;
  status?: 200 | 201 | 202 | 204;
}

type Status<S extends Spec> = S["status"] extends number ? S["status"] : 200;

/** One operation in openapi-typescript's shape, so openapi-fetch types it like a generated one. */
export type Op<S extends Spec> = {
  parameters: { query?: S["query"] extends object ? S["query"] : never; header?: never; cookie?: never } & (S extends {
    path: infer P;
  }
    ? { path: P }
    : { path?: never });
  responses: { [K in Status<S>]: K extends 204 ? NoContent : Json<S["res"]> };
} & (S extends { body: infer B } ? { requestBody: { content: { "application/json": B } } } : { requestBody?: never });

type PathItem<Ops> = { parameters: { query?: never; header?: never; path?: never; cookie?: never } } & Ops;

/**
 * Every API.md route is in the generated schema now (/api/exercises landed), so there is nothing to
 * hand-type. Add an entry here (with `Op<…>`) only for a documented route the backend has not shipped yet.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ContractPaths {}

/** Keeps the helper types referenced while the contract is empty. */
export type ContractPathItem<Ops> = PathItem<Ops>;
