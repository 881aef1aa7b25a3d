// @mistralai/mistralai-gcp against maas-emulator's Mistral route (vertex-protocol.md §4).
//
// The SDK cannot be pointed at another server through its options: MistralGCP's constructor
// overwrites `serverURL` with https://{region}-aiplatform.googleapis.com (src/sdk/sdk.ts), although
// its README documents `serverURL`. Google auth is avoidable: `apiKey` (an async function
// returning the bearer token) plus `projectId` skip GoogleAuth. The server is reached through the
// SDK's documented custom HTTPClient: its fetcher sends each request to the emulator's origin,
// keeping the path, method, headers and body that the SDK built.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { MistralGCP } from '@mistralai/mistralai-gcp';
import { HTTPClient } from '@mistralai/mistralai-gcp/lib/http.js';
import { MistralGCPError } from '@mistralai/mistralai-gcp/models/errors';

import {
  PROJECT,
  TOKEN,
  assertNamesModel,
  assertSubstantial,
  emulatorUrl,
  mistralUrl,
  parseSse,
  recordingFetch,
  scriptedMistral,
} from './emulator.mjs';

const MODEL = 'mistral-medium-3';
const TIMEOUT = { timeout: 60_000 };

function client(region, log = []) {
  const record = recordingFetch(log);
  const target = new URL(emulatorUrl());
  const httpClient = new HTTPClient({
    fetcher: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      assert.equal(url.host, `${region}-aiplatform.googleapis.com`, 'the SDK built the Vertex host');
      url.protocol = target.protocol;
      url.host = target.host;
      return record(url, {
        method: request.method,
        headers: request.headers,
        body: request.method === 'GET' ? undefined : await request.text(),
        signal: request.signal,
      });
    },
  });
  return new MistralGCP({ region, projectId: PROJECT, apiKey: async () => TOKEN, httpClient });
}

describe('Mistral on Vertex through @mistralai/mistralai-gcp', () => {
  for (const region of ['us-central1', 'europe-west4']) {
    test(`chat.stream() delivers the scripted text and usage (${region})`, TIMEOUT, async () => {
      const log = [];
      const messages = [{ role: 'user', content: 'Explain how rainbows form, briefly.' }];
      const expected = await scriptedMistral(region, MODEL, { model: MODEL, messages, max_tokens: 2048 });
      assertNamesModel(expected.content, 'Mistral Medium 3');
      assertSubstantial(expected.content, 'the scripted answer');

      const stream = await client(region, log).chat.stream({ model: MODEL, messages, maxTokens: 2048 });
      const events = [];
      for await (const event of stream) events.push(event.data);
      const content = events.map((e) => e.choices[0]?.delta?.content ?? '').join('');

      assert.equal(content, expected.content);
      assert.ok(events.length > 3);
      const withUsage = events.filter((e) => e.usage);
      assert.equal(withUsage.length, 1, 'Mistral puts usage on one chunk');
      assert.equal(withUsage[0], events.at(-1), '…the last one');
      assert.equal(withUsage[0].usage.promptTokens, expected.usage.prompt_tokens);
      assert.equal(withUsage[0].usage.completionTokens, expected.usage.completion_tokens);
      assert.equal(withUsage[0].usage.totalTokens, expected.usage.total_tokens);
      assert.equal(events.at(-1).choices[0].finishReason, 'stop');

      assert.equal(log.length, 1);
      assert.equal(log[0].url, mistralUrl(region, MODEL, 'streamRawPredict'));
      assert.equal(log[0].headers.get('authorization'), `Bearer ${TOKEN}`);
      assert.equal(log[0].headers.get('accept'), 'text/event-stream');
      const sent = JSON.parse(log[0].body);
      assert.equal(sent.model, MODEL);
      assert.equal(sent.stream, true);
      assert.equal(log[0].status, 200);

      const raw = await log[0].raw;
      assert.equal(typeof raw, 'string', `reading the raw stream failed: ${raw}`);
      const wire = parseSse(raw);
      assert.equal(wire.at(-1).data, '[DONE]');
      assert.equal(wire.length - 1, events.length, 'the SDK yields every chunk before [DONE]');
    });
  }

  test('[[fault:permission]] throws a MistralGCPError with status 403', TIMEOUT, async () => {
    await assert.rejects(
      client('europe-west4').chat.stream({
        model: MODEL,
        messages: [{ role: 'user', content: '[[fault:permission]] Explain how rainbows form, briefly.' }],
      }),
      (error) => {
        assert.ok(error instanceof MistralGCPError, `expected MistralGCPError, got ${error?.constructor?.name}`);
        assert.equal(error.statusCode, 403);
        assert.match(error.body, /PERMISSION_DENIED/);
        return true;
      },
    );
  });
});
