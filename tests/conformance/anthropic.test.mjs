// @anthropic-ai/vertex-sdk against maas-emulator: Claude's :streamRawPredict SSE must reach the
// official SDK intact (text, thinking, signature, usage, stop reason), and Vertex's errors must
// surface as the SDK's own error classes. Expected text comes from :rawPredict (see emulator.mjs).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import { APIError, OverloadedError, PermissionDeniedError } from '@anthropic-ai/sdk';

import {
  PROJECT,
  TOKEN,
  assertNamesModel,
  assertSubstantial,
  claudeUrl,
  emulatorUrl,
  parseSse,
  recordingFetch,
  scriptedClaude,
  staticAuthClient,
} from './emulator.mjs';

const MODEL = 'claude-sonnet-4-5@20250929';
const MODEL_NAME = 'Claude Sonnet 4.5';
const LOCATIONS = ['global', 'us-east5'];
const TIMEOUT = { timeout: 60_000 };

function client(location, log = [], options = {}) {
  return new AnthropicVertex({
    baseURL: emulatorUrl(),
    region: location,
    projectId: PROJECT,
    authClient: staticAuthClient,
    fetch: recordingFetch(log),
    maxRetries: 0,
    ...options,
  });
}

// What the SDK put on the wire: the Vertex path, the body's anthropic_version, no model, auth.
function assertVertexRequest(entry, location, verb) {
  assert.equal(entry.method, 'POST');
  assert.equal(entry.url, claudeUrl(location, MODEL, verb));
  assert.equal(entry.headers.get('authorization'), `Bearer ${TOKEN}`);
  assert.equal(entry.headers.get('anthropic-version'), null, 'Vertex takes the version from the body');
  const sent = JSON.parse(entry.body);
  // SDK 1.x moves its own API version header into the body ("2026-10-21"), not "vertex-2023-10-16":
  // the emulator, like Vertex, must accept both.
  assert.match(sent.anthropic_version ?? '', /^(vertex-)?\d{4}-\d{2}-\d{2}$/);
  assert.equal('model' in sent, false, 'the model belongs in the URL on Vertex');
  assert.equal(entry.status, 200);
  return sent;
}

// Reads a messages.create({stream: true}) stream; returns everything it delivered.
async function drain(stream) {
  const events = [];
  const out = { events, thinking: '', text: '', signature: '', textDeltas: 0, thinkingDeltas: 0 };
  for await (const event of stream) {
    events.push(event);
    if (event.type !== 'content_block_delta') continue;
    const { delta } = event;
    if (delta.type === 'text_delta') {
      out.text += delta.text;
      out.textDeltas += 1;
    } else if (delta.type === 'thinking_delta') {
      out.thinking += delta.thinking;
      out.thinkingDeltas += 1;
    } else if (delta.type === 'signature_delta') {
      out.signature += delta.signature;
    }
  }
  return out;
}

// The SDK must yield exactly the wire's events minus ping, in order.
async function assertSdkSawEveryEvent(entry, events) {
  const raw = await entry.raw;
  assert.equal(typeof raw, 'string', `reading the raw stream failed: ${raw}`);
  const wire = parseSse(raw);
  assert.ok(wire.every((e) => e.event !== null && !e.unterminated), 'every Claude SSE event has an event: line');
  for (const e of wire) assert.equal(JSON.parse(e.data).type, e.event, 'data.type repeats the event name');
  const expected = wire.filter((e) => e.event !== 'ping').map((e) => JSON.parse(e.data));
  assert.deepEqual(events, expected);
}

for (const location of LOCATIONS) {
  describe(`Claude at ${location}`, () => {
    test('messages.stream() delivers the scripted text, usage and stop reason', TIMEOUT, async () => {
      const log = [];
      const request = {
        max_tokens: 1024,
        messages: [{ role: 'user', content: 'Explain how rainbows form, briefly.' }],
      };
      const expected = await scriptedClaude(location, MODEL, request);
      assertNamesModel(expected.text, MODEL_NAME);
      assertSubstantial(expected.text, 'the scripted answer');

      const stream = client(location, log).messages.stream({ model: MODEL, ...request });
      const deltas = [];
      stream.on('text', (delta) => deltas.push(delta));
      const message = await stream.finalMessage();

      assert.equal(deltas.join(''), expected.text);
      assert.ok(deltas.length > 3, `a real stream has many deltas, got ${deltas.length}`);
      assert.equal(await stream.finalText(), expected.text);
      assert.equal(message.content.length, 1);
      assert.equal(message.content[0].type, 'text');
      assert.equal(message.content[0].text, expected.text);
      assert.equal(message.id, expected.message.id);
      assert.match(message.id, /^msg_vrtx_/);
      assert.equal(message.model, 'claude-sonnet-4-5-20250929');
      assert.equal(message.role, 'assistant');
      assert.equal(message.stop_reason, 'end_turn');
      assert.equal(message.usage.input_tokens, expected.usage.input_tokens);
      assert.equal(message.usage.output_tokens, expected.usage.output_tokens);
      assert.ok(message.usage.input_tokens > 0 && message.usage.output_tokens > 0);

      assert.equal(log.length, 1);
      const sent = assertVertexRequest(log[0], location, 'streamRawPredict');
      assert.equal(sent.stream, true);
      assert.match(log[0].responseHeaders.get('content-type') ?? '', /^text\/event-stream/);
    });

    test('messages.create({stream: true}) with thinking delivers thinking, signature and text', TIMEOUT, async () => {
      const log = [];
      const request = {
        max_tokens: 4096,
        thinking: { type: 'enabled', budget_tokens: 2048 },
        messages: [{ role: 'user', content: 'Compare tea and coffee for a morning routine.' }],
      };
      const expected = await scriptedClaude(location, MODEL, request);
      assertSubstantial(expected.thinking, 'the scripted thinking');
      assertNamesModel(expected.text, MODEL_NAME);

      const stream = await client(location, log).messages.create({ model: MODEL, ...request, stream: true });
      const got = await drain(stream);

      assert.equal(got.thinking, expected.thinking);
      assert.equal(got.text, expected.text);
      assert.equal(got.signature, expected.signature);
      assert.ok(got.signature.length > 0, 'a thinking block ends with a signature');
      assert.ok(got.thinkingDeltas > 1 && got.textDeltas > 1);

      // The documented event order: message_start, blocks (thinking 0, text 1), message_delta, message_stop.
      const types = got.events.map((e) => e.type);
      assert.equal(types[0], 'message_start');
      assert.deepEqual(types.slice(-2), ['message_delta', 'message_stop']);
      const starts = got.events.filter((e) => e.type === 'content_block_start');
      assert.deepEqual(
        starts.map((e) => [e.index, e.content_block.type]),
        [
          [0, 'thinking'],
          [1, 'text'],
        ],
      );
      const stopAt = got.events.findIndex((e) => e.type === 'content_block_stop' && e.index === 0);
      assert.equal(got.events[stopAt - 1].delta?.type, 'signature_delta', 'signature_delta comes just before the stop');
      assert.equal(got.events.filter((e) => e.type === 'content_block_stop').length, 2);

      const start = got.events[0].message;
      assert.equal(start.id, expected.message.id);
      assert.equal(start.usage.input_tokens, expected.usage.input_tokens);
      const end = got.events.at(-2);
      assert.equal(end.delta.stop_reason, 'end_turn');
      assert.equal(end.usage.output_tokens, expected.usage.output_tokens);

      const sent = assertVertexRequest(log[0], location, 'streamRawPredict');
      assert.deepEqual(sent.thinking, request.thinking);
      await assertSdkSawEveryEvent(log[0], got.events);
    });
  });
}

describe('Claude through the SDK helpers and environment', () => {
  test('messages.stream() emits thinking events and a final message with the signature', TIMEOUT, async () => {
    const request = {
      max_tokens: 3000,
      thinking: { type: 'enabled', budget_tokens: 1500 },
      messages: [{ role: 'user', content: 'Write a Python function that reverses a string.' }],
    };
    const expected = await scriptedClaude('global', MODEL, request);
    const stream = client('global').messages.stream({ model: MODEL, ...request });
    const thinking = [];
    const text = [];
    let signature = null;
    stream.on('thinking', (delta) => thinking.push(delta));
    stream.on('text', (delta) => text.push(delta));
    stream.on('signature', (s) => (signature = s));
    const message = await stream.finalMessage();

    assert.equal(thinking.join(''), expected.thinking);
    assert.equal(text.join(''), expected.text);
    assert.equal(signature, expected.signature);
    assert.deepEqual(
      message.content.map((b) => b.type),
      ['thinking', 'text'],
    );
    assert.equal(message.content[0].thinking, expected.thinking);
    assert.equal(message.content[0].signature, expected.signature);
    assert.equal(message.content[1].text, expected.text);
    assert.equal(message.usage.output_tokens, expected.usage.output_tokens);
  });

  test('CLOUD_ML_REGION, ANTHROPIC_VERTEX_PROJECT_ID and ANTHROPIC_VERTEX_BASE_URL point the SDK at the emulator', TIMEOUT, async () => {
    const saved = { ...process.env };
    process.env.CLOUD_ML_REGION = 'us-east5';
    process.env.ANTHROPIC_VERTEX_PROJECT_ID = PROJECT;
    process.env.ANTHROPIC_VERTEX_BASE_URL = emulatorUrl();
    try {
      const log = [];
      const sdk = new AnthropicVertex({ authClient: staticAuthClient, fetch: recordingFetch(log), maxRetries: 0 });
      const request = { max_tokens: 512, messages: [{ role: 'user', content: 'Hello there!' }] };
      const expected = await scriptedClaude('us-east5', MODEL, request);
      const message = await sdk.messages.stream({ model: MODEL, ...request }).finalMessage();
      assert.equal(message.content[0].text, expected.text);
      assertVertexRequest(log[0], 'us-east5', 'streamRawPredict');
    } finally {
      for (const key of ['CLOUD_ML_REGION', 'ANTHROPIC_VERTEX_PROJECT_ID', 'ANTHROPIC_VERTEX_BASE_URL']) {
        if (key in saved) process.env[key] = saved[key];
        else delete process.env[key];
      }
    }
  });

  test('max_tokens cuts the stream short with stop_reason max_tokens', TIMEOUT, async () => {
    const request = { max_tokens: 12, messages: [{ role: 'user', content: 'Explain how rainbows form, briefly.' }] };
    const expected = await scriptedClaude('global', MODEL, request);
    assert.equal(expected.message.stop_reason, 'max_tokens');
    const message = await client('global').messages.stream({ model: MODEL, ...request }).finalMessage();
    assert.equal(message.content[0].text, expected.text);
    assert.equal(message.stop_reason, 'max_tokens');
    assert.equal(message.usage.output_tokens, 12);
  });

  test('messages.countTokens() goes to count-tokens:rawPredict', TIMEOUT, async () => {
    const log = [];
    const messages = [{ role: 'user', content: 'Explain how rainbows form, briefly.' }];
    const counted = await client('us-east5', log).messages.countTokens({ model: MODEL, messages });
    assert.equal(log[0].url, claudeUrl('us-east5', 'count-tokens', 'rawPredict'));
    const expected = await scriptedClaude('us-east5', MODEL, { max_tokens: 16, messages });
    assert.equal(counted.input_tokens, expected.usage.input_tokens);
  });
});

describe('Claude errors through the SDK', () => {
  const PROMPT = 'Explain how rainbows form, briefly.';

  test('[[fault:permission]] throws PermissionDeniedError with status 403', TIMEOUT, async () => {
    const log = [];
    const sdk = client('us-east5', log);
    const body = {
      model: MODEL,
      max_tokens: 256,
      stream: true,
      messages: [{ role: 'user', content: `[[fault:permission]] ${PROMPT}` }],
    };
    await assert.rejects(sdk.messages.create(body), (error) => {
      assert.ok(error instanceof PermissionDeniedError, `expected PermissionDeniedError, got ${error?.constructor?.name}`);
      assert.equal(error.status, 403);
      assert.match(error.message, /Permission 'aiplatform\.endpoints\.predict' denied/);
      assert.equal(error.error?.error?.status, 'PERMISSION_DENIED');
      assert.equal(error.error?.error?.details?.[0]?.reason, 'IAM_PERMISSION_DENIED');
      return true;
    });
    assert.equal(log.length, 1, 'a 403 is not retried');

    // The stream helper reports the same error through finalMessage().
    const { stream, ...rest } = body;
    await assert.rejects(sdk.messages.stream(rest).finalMessage(), PermissionDeniedError);
  });

  test('[[fault:overloaded:3]] surfaces the mid-stream overloaded_error after 3 text deltas', TIMEOUT, async () => {
    const log = [];
    const expected = await scriptedClaude('global', MODEL, {
      max_tokens: 1024,
      messages: [{ role: 'user', content: PROMPT }],
    });
    const stream = await client('global', log).messages.create({
      model: MODEL,
      max_tokens: 1024,
      stream: true,
      messages: [{ role: 'user', content: `[[fault:overloaded:3]] ${PROMPT}` }],
    });
    const seen = { text: '', deltas: 0, types: [] };
    await assert.rejects(
      (async () => {
        for await (const event of stream) {
          seen.types.push(event.type);
          if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
            seen.text += event.delta.text;
            seen.deltas += 1;
          }
        }
      })(),
      (error) => {
        assert.ok(error instanceof APIError, `expected APIError, got ${error?.constructor?.name}: ${error}`);
        assert.equal(error.type, 'overloaded_error');
        assert.equal(error.error?.error?.type, 'overloaded_error');
        assert.equal(error.status, undefined, 'the HTTP status was 200: the error came mid-stream');
        assert.match(error.message, /Overloaded/);
        return true;
      },
    );
    assert.equal(log[0].status, 200);
    assert.equal(seen.deltas, 3);
    assert.ok(seen.text.length > 0 && expected.text.startsWith(seen.text), 'the text before the error is the answer\'s start');
    assert.ok(!seen.types.includes('message_stop') && !seen.types.includes('message_delta'));

    // The stream helper: 'error' fires and finalMessage() rejects with the same error type.
    const helper = client('global').messages.stream({
      model: MODEL,
      max_tokens: 1024,
      messages: [{ role: 'user', content: `[[fault:overloaded:3]] ${PROMPT}` }],
    });
    let emitted = null;
    helper.on('error', (error) => (emitted = error));
    await assert.rejects(helper.finalMessage(), (error) => error instanceof APIError && error.type === 'overloaded_error');
    assert.ok(emitted instanceof APIError);
  });

  test('[[fault:overloaded-529]] on :rawPredict throws OverloadedError with status 529', TIMEOUT, async () => {
    await assert.rejects(
      client('global').messages.create({
        model: MODEL,
        max_tokens: 256,
        messages: [{ role: 'user', content: `[[fault:overloaded-529]] ${PROMPT}` }],
      }),
      (error) => {
        assert.ok(error instanceof OverloadedError, `expected OverloadedError, got ${error?.constructor?.name}`);
        assert.equal(error.status, 529);
        assert.equal(error.type, 'overloaded_error');
        assert.match(error.error?.request_id ?? '', /^req_vrtx_/);
        // The SDK reads requestID from the request-id response header.
        assert.equal(error.requestID, error.error?.request_id);
        return true;
      },
    );
  });
});
