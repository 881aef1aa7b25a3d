// The openai SDK against maas-emulator's OpenAI-compatible endpoint
// (/projects/P/locations/L/endpoints/openapi): streamed content and reasoning must equal the
// scripted answer, the usage chunk must arrive, the SDK must stop at [DONE], and errors must map
// to the SDK's error classes. Expected text comes from the non-streamed request (see emulator.mjs).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import OpenAI, { APIError, BadRequestError, PermissionDeniedError, RateLimitError } from 'openai';

import {
  TOKEN,
  assertNamesModel,
  assertSubstantial,
  openapiUrl,
  parseSse,
  postJson,
  recordingFetch,
  scriptedChat,
} from './emulator.mjs';

const TIMEOUT = { timeout: 60_000 };

function client(location, log = []) {
  return new OpenAI({ apiKey: TOKEN, baseURL: openapiUrl(location), fetch: recordingFetch(log), maxRetries: 0 });
}

// Reads a chat.completions stream; returns the chunks and what their deltas add up to.
async function drain(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  const deltas = chunks.flatMap((c) => c.choices.map((choice) => choice.delta ?? {}));
  return {
    chunks,
    content: deltas.map((d) => d.content ?? '').join(''),
    reasoning: deltas.map((d) => d.reasoning_content ?? '').join(''),
    contentDeltas: deltas.filter((d) => d.content).length,
    reasoningDeltas: deltas.filter((d) => d.reasoning_content).length,
  };
}

// The wire, read without the SDK: data-only events, [DONE] last, and the SDK yielded exactly the
// chunks before it, in order.
async function assertStoppedAtDone(entry, chunks) {
  const raw = await entry.raw;
  assert.equal(typeof raw, 'string', `reading the raw stream failed: ${raw}`);
  const events = parseSse(raw);
  assert.ok(events.length > 2);
  assert.ok(events.every((e) => e.event === null && !e.unterminated), 'OpenAI chunks are data-only SSE events');
  assert.equal(events.at(-1).data, '[DONE]', 'the stream ends with data: [DONE]');
  assert.equal(events.filter((e) => e.data === '[DONE]').length, 1);
  assert.deepEqual(
    chunks,
    events.slice(0, -1).map((e) => JSON.parse(e.data)),
    'the SDK yields every chunk before [DONE] and nothing else',
  );
}

const CASES = [
  {
    name: 'Llama 4 Maverick at us-east5: content only',
    model: 'meta/llama-4-maverick-17b-128e-instruct-maas',
    catalogName: 'Llama 4 Maverick 17B-128E',
    location: 'us-east5',
    prompt: 'Explain how rainbows form, briefly.',
    reasoning: 'none',
  },
  {
    name: 'gpt-oss 120B at global: reasoning_content deltas, then content',
    model: 'openai/gpt-oss-120b-maas',
    catalogName: 'gpt-oss 120B',
    location: 'global',
    prompt: 'Compare tea and coffee for a morning routine.',
    reasoning: 'field',
  },
  {
    name: 'DeepSeek R1 at us-central1: <think> inside content',
    model: 'deepseek-ai/deepseek-r1-0528-maas',
    catalogName: 'DeepSeek R1 (0528)',
    location: 'us-central1',
    prompt: 'Write a Python function that reverses a string.',
    reasoning: 'think-tags',
  },
];

describe('chat.completions.create({stream: true}) delivers the scripted answer', () => {
  for (const c of CASES) {
    test(c.name, TIMEOUT, async () => {
      const log = [];
      const body = {
        model: c.model,
        messages: [{ role: 'user', content: c.prompt }],
        max_tokens: 4096,
        stream: true,
        stream_options: { include_usage: true },
      };
      const expected = await scriptedChat(c.location, body);
      assertSubstantial(expected.content, 'the scripted content');

      const stream = await client(c.location, log).chat.completions.create(body);
      const got = await drain(stream);

      assert.equal(got.content, expected.content);
      assert.equal(got.reasoning, expected.reasoning);
      assert.ok(got.contentDeltas > 3, `a real stream has many deltas, got ${got.contentDeltas}`);

      if (c.reasoning === 'none') {
        assertNamesModel(got.content, c.catalogName);
        assert.equal(got.reasoningDeltas, 0);
      } else if (c.reasoning === 'field') {
        assertNamesModel(got.content, c.catalogName);
        assertSubstantial(got.reasoning, 'the streamed reasoning_content');
        assert.ok(got.reasoningDeltas > 1);
        // All reasoning arrives before the first content delta.
        const deltas = got.chunks.flatMap((chunk) => chunk.choices.map((choice) => choice.delta ?? {}));
        const lastReasoning = deltas.findLastIndex((d) => d.reasoning_content);
        const firstContent = deltas.findIndex((d) => d.content);
        assert.ok(lastReasoning < firstContent, 'reasoning_content precedes content');
      } else {
        assert.equal(got.reasoningDeltas, 0, 'DeepSeek R1 has no reasoning_content field');
        const match = /^<think>\n([\s\S]+)\n<\/think>\n\n([\s\S]+)$/.exec(got.content);
        assert.ok(match, `content should be <think>\\n…\\n</think>\\n\\n…, got ${JSON.stringify(got.content.slice(0, 60))}`);
        assertSubstantial(match[1], 'the reasoning inside <think>');
        assertNamesModel(match[2], c.catalogName);
      }

      // Chunk shape: the role chunk first, one finish chunk, then the usage chunk with no choices.
      const { chunks } = got;
      assert.equal(chunks[0].choices[0].delta.role, 'assistant');
      for (const chunk of chunks) {
        assert.equal(chunk.object, 'chat.completion.chunk');
        assert.equal(chunk.id, chunks[0].id);
        assert.match(chunk.id, /^chatcmpl-/);
        assert.equal(chunk.model, c.model);
        assert.equal(typeof chunk.created, 'number');
      }
      const finishes = chunks.flatMap((chunk) => chunk.choices).filter((choice) => choice.finish_reason);
      assert.deepEqual(
        finishes.map((choice) => choice.finish_reason),
        [expected.finishReason],
      );
      assert.equal(expected.finishReason, 'stop');
      const last = chunks.at(-1);
      assert.deepEqual(last.choices, [], 'the final chunk is the usage chunk');
      assert.deepEqual(last.usage, expected.usage);
      assert.equal(last.usage.completion_tokens > 0 && last.usage.prompt_tokens > 0, true);
      assert.equal(last.usage.total_tokens, last.usage.prompt_tokens + last.usage.completion_tokens);
      assert.equal(chunks.filter((chunk) => chunk.usage).length, 1, 'usage arrives once, on the last chunk');

      assert.equal(log.length, 1);
      assert.equal(log[0].url, `${openapiUrl(c.location)}/chat/completions`);
      assert.equal(log[0].headers.get('authorization'), `Bearer ${TOKEN}`);
      assert.equal(log[0].status, 200);
      assert.match(log[0].responseHeaders.get('content-type') ?? '', /^text\/event-stream/);
      await assertStoppedAtDone(log[0], chunks);
    });
  }

  test('without stream_options.include_usage there is no usage chunk', TIMEOUT, async () => {
    const log = [];
    const body = {
      model: CASES[0].model,
      messages: [{ role: 'user', content: CASES[0].prompt }],
      max_tokens: 4096,
      stream: true,
    };
    const expected = await scriptedChat(CASES[0].location, body);
    const got = await drain(await client(CASES[0].location, log).chat.completions.create(body));
    assert.equal(got.content, expected.content);
    assert.equal(got.chunks.filter((chunk) => chunk.usage).length, 0);
    assert.equal(got.chunks.at(-1).choices[0].finish_reason, 'stop');
    await assertStoppedAtDone(log[0], got.chunks);
  });

  test('max_tokens cuts the stream with finish_reason length', TIMEOUT, async () => {
    const body = {
      model: CASES[1].model,
      messages: [{ role: 'user', content: CASES[1].prompt }],
      max_tokens: 10,
      stream: true,
      stream_options: { include_usage: true },
    };
    const expected = await scriptedChat(CASES[1].location, body);
    assert.equal(expected.finishReason, 'length');
    const got = await drain(await client(CASES[1].location).chat.completions.create(body));
    assert.equal(got.reasoning + got.content, expected.reasoning + expected.content);
    assert.equal(got.chunks.at(-1).usage.completion_tokens, 10);
    assert.ok(got.chunks.some((chunk) => chunk.choices[0]?.finish_reason === 'length'));
  });
});

describe('OpenAI-compatible errors through the SDK', () => {
  const { model, location, prompt } = CASES[0];

  test('[[fault:permission]] throws PermissionDeniedError with status 403', TIMEOUT, async () => {
    const log = [];
    await assert.rejects(
      client(location, log).chat.completions.create({
        model,
        messages: [{ role: 'user', content: `[[fault:permission]] ${prompt}` }],
        stream: true,
      }),
      (error) => {
        assert.ok(error instanceof PermissionDeniedError, `expected PermissionDeniedError, got ${error?.constructor?.name}`);
        assert.equal(error.status, 403);
        assert.match(error.message, /Permission 'aiplatform\.endpoints\.predict' denied on resource/);
        assert.match(error.message, /endpoints\/openapi/);
        assert.equal(error.error?.status, 'PERMISSION_DENIED');
        return true;
      },
    );
    assert.equal(log.length, 1);
  });

  test('[[fault:overloaded:3]] throws the mid-stream error chunk after 3 content deltas', TIMEOUT, async () => {
    const expected = await scriptedChat(location, { model, messages: [{ role: 'user', content: prompt }] });
    const stream = await client(location).chat.completions.create({
      model,
      messages: [{ role: 'user', content: `[[fault:overloaded:3]] ${prompt}` }],
      stream: true,
    });
    const seen = [];
    await assert.rejects(
      (async () => {
        for await (const chunk of stream) {
          const content = chunk.choices[0]?.delta?.content;
          if (content) seen.push(content);
        }
      })(),
      (error) => {
        assert.ok(error instanceof APIError, `expected APIError, got ${error?.constructor?.name}: ${error}`);
        assert.equal(error.status, undefined, 'the HTTP status was 200: the error came mid-stream');
        assert.equal(error.type, 'overloaded_error');
        assert.match(error.message, /overloaded/i);
        return true;
      },
    );
    assert.equal(seen.length, 3);
    assert.ok(expected.content.startsWith(seen.join('')), 'the content before the error is the answer\'s start');
  });

  test('[[fault:quota:1]] throws RateLimitError with status 429 and Retry-After', TIMEOUT, async () => {
    await assert.rejects(
      client(location).chat.completions.create({
        model,
        messages: [{ role: 'user', content: `[[fault:quota:1]] ${prompt}` }],
        stream: true,
      }),
      (error) => {
        assert.ok(error instanceof RateLimitError, `expected RateLimitError, got ${error?.constructor?.name}`);
        assert.equal(error.status, 429);
        assert.equal(error.headers.get('retry-after'), '1');
        return true;
      },
    );
  });

  test('a model that is not served at the location is a 400', TIMEOUT, async () => {
    await assert.rejects(
      client('europe-west4').chat.completions.create({ model, messages: [{ role: 'user', content: prompt }], stream: true }),
      (error) => error instanceof BadRequestError && error.status === 400 && /not servable in region/.test(error.message),
    );
  });
});

describe('embeddings.create for Multilingual E5 Small', () => {
  const MODEL = 'intfloat/multilingual-e5-small-maas';
  const INPUT = ['query: how do rainbows form', 'passage: Rainbows appear when sunlight is refracted in raindrops.'];

  test('returns one 384-dimension unit vector per input, equal to the float answer', TIMEOUT, async () => {
    const log = [];
    const result = await client('us-central1', log).embeddings.create({ model: MODEL, input: INPUT });

    // The SDK asks for base64 by default and decodes it; the emulator's float answer is the oracle.
    assert.equal(JSON.parse(log[0].body).encoding_format, 'base64');
    assert.equal(log[0].url, `${openapiUrl('us-central1')}/embeddings`);
    const floats = await postJson(`${openapiUrl('us-central1')}/embeddings`, {
      model: MODEL,
      input: INPUT,
      encoding_format: 'float',
    });
    assert.equal(floats.status, 200, floats.text);

    assert.equal(result.object, 'list');
    assert.equal(result.model, MODEL);
    assert.equal(result.data.length, INPUT.length);
    result.data.forEach((item, i) => {
      assert.equal(item.object, 'embedding');
      assert.equal(item.index, i);
      assert.equal(item.embedding.length, 384);
      assert.ok(item.embedding.every(Number.isFinite));
      const norm = Math.hypot(...item.embedding);
      assert.ok(Math.abs(norm - 1) < 1e-4, `vectors are L2-normalised, |v| = ${norm}`);
      const reference = floats.json.data[i].embedding;
      assert.equal(reference.length, 384);
      const worst = Math.max(...item.embedding.map((v, k) => Math.abs(v - reference[k])));
      assert.ok(worst < 1e-6, `base64 and float answers differ by ${worst}`);
    });
    assert.ok(result.usage.prompt_tokens > 0);
    assert.equal(result.usage.total_tokens, result.usage.prompt_tokens);
  });

  test('dimensions shortens the vectors; encoding_format float is passed through', TIMEOUT, async () => {
    const result = await client('us-central1').embeddings.create({
      model: MODEL,
      input: INPUT[0],
      dimensions: 128,
      encoding_format: 'float',
    });
    assert.equal(result.data.length, 1);
    assert.equal(result.data[0].embedding.length, 128);
  });

  test('a chat model on /embeddings is a 400 BadRequestError', TIMEOUT, async () => {
    await assert.rejects(
      client('us-central1').embeddings.create({ model: 'deepseek-ai/deepseek-r1-0528-maas', input: 'x' }),
      (error) => error instanceof BadRequestError && error.status === 400,
    );
  });
});
