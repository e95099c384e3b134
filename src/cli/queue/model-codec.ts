import { basename } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import { checkGenerationBounds } from '../../generator/bounds.js';
import type { ResolvedModel } from '../../model/index.js';
import { sha256 } from './protocol.js';

/** A path-like origin or spec file name reduced to its base name (no coordinator paths leave the machine). */
const portable = (s: string) => (/[\\/]/.test(s) ? basename(s.replace(/\\/g, '/')) : s);

/**
 * A model as it travels: the spec file and the origins of assumptions lose their directories
 * (nothing from the coordinator's disk), serialized with Node's structured clone (numbers exactly
 * as they are, NaN and −0 included), and the SHA-256 of those bytes.
 */
export function encodeModel(model: ResolvedModel): { hash: string; bytes: Buffer } {
  const travelling: ResolvedModel = {
    ...model,
    spec: { ...model.spec, file: portable(model.spec.file) },
    assumptions: model.assumptions.map((a) => ({ ...a, origin: portable(a.origin) })),
  };
  const bytes = serialize(travelling);
  return { hash: sha256(bytes), bytes };
}

/** The shape a worker checks before generating anything (the core checks the rest as it reads the model). */
const ModelShape = z.looseObject({
  spec: z.looseObject({ name: z.string(), title: z.string(), file: z.string() }),
  scale: z.number().positive().max(1000),
  sectors: z.array(z.looseObject({ id: z.string(), count: z.number().int().nonnegative() })).min(1).max(1000),
  ties: z.array(z.looseObject({ id: z.string() })).max(1000),
  implied: z.record(z.string(), z.unknown()),
  assumptions: z.array(z.looseObject({ name: z.string(), origin: z.string() })),
  quantities: z.record(z.string(), z.number()),
  outcomes: z.looseObject({}),
  graphAttributes: z.record(z.string(), z.union([z.string(), z.number()])),
});

/**
 * Reads a model received from the queue: its bytes must hash to `hash`, decode to a model's
 * shape and stay within the generation limits. Throws an Error saying which check failed.
 */
export function decodeModel(hash: string, bytes: Buffer): ResolvedModel {
  if (sha256(bytes) !== hash) throw new Error(`model ${hash.slice(0, 12)}: its content does not match its hash`);
  let value: unknown;
  try {
    value = deserialize(bytes);
  } catch {
    throw new Error(`model ${hash.slice(0, 12)}: not a serialized model`);
  }
  const shape = ModelShape.safeParse(value);
  if (!shape.success) {
    const i = shape.error.issues[0]!;
    throw new Error(`model ${hash.slice(0, 12)}: ${i.path.join('.') || '(top)'}: ${i.message}`);
  }
  const model = value as ResolvedModel;
  checkGenerationBounds(model, {}, `model ${hash.slice(0, 12)}: `);
  return model;
}
