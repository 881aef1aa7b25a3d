// Shared helpers for the SDK conformance tests: where the emulator is, the scripted answer for a
// request (the oracle), a raw SSE reader that does not use any SDK, and a fetch wrapper that lets a
// test see exactly what an SDK sent and received.
//
// The oracle: maas-emulator composes the answer from (model, prompt, thinking on/off) and cuts it
// with max_tokens / budget_tokens in planGeneration(); the seed only changes where the deltas are
// cut, never the text. A streamed and a non-streamed request with the same body therefore carry the
// same thinking and text (app/emulator/anthropicroute.cpp, chatroute.cpp, generation.cpp). Every
// test asks the non-streamed route with plain fetch() for the expected text, then checks that the
// SDK's stream delivered exactly that.
import assert from 'node:assert/strict';

export const PROJECT = 'maas-conformance';
export const TOKEN = 'conformance-token';

// http://127.0.0.1:PORT/v1, exported by run.sh after it started maas-emulator.
export function emulatorUrl() {
  const url = process.env.MAAS_EMULATOR_URL;
  assert.ok(url, 'MAAS_EMULATOR_URL is not set: run these tests through tests/conformance/run.sh');
  return url.replace(/\/+$/, '');
}

export function locationUrl(location) {
  return `${emulatorUrl()}/projects/${PROJECT}/locations/${location}`;
}

export function claudeUrl(location, model, verb) {
  return `${locationUrl(location)}/publishers/anthropic/models/${model}:${verb}`;
}

export function openapiUrl(location) {
  return `${locationUrl(location)}/endpoints/openapi`;
}

export function mistralUrl(location, model, verb) {
  return `${locationUrl(location)}/publishers/mistralai/models/${model}:${verb}`;
}

// An authClient for @anthropic-ai/vertex-sdk: the SDK awaits getRequestHeaders() before every
// attempt, merges the returned Headers into the request, and reads .get('x-goog-user-project')
// from them (client.mjs, _AnthropicVertex_adaptRequest), so this must be a real Headers object.
export const staticAuthClient = {
  projectId: undefined,
  async getRequestHeaders() {
    return new Headers({ Authorization: `Bearer ${TOKEN}` });
  },
};

export async function postJson(url, body, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

// The scripted Claude answer: :rawPredict with the same body minus `stream`.
export async function scriptedClaude(location, model, body) {
  const { stream, ...rest } = body;
  const reply = await postJson(claudeUrl(location, model, 'rawPredict'), {
    anthropic_version: 'vertex-2023-10-16',
    ...rest,
  });
  assert.equal(reply.status, 200, `oracle :rawPredict failed: ${reply.text}`);
  const blocks = reply.json.content;
  const thinking = blocks.filter((b) => b.type === 'thinking');
  return {
    message: reply.json,
    text: blocks.filter((b) => b.type === 'text').map((b) => b.text).join(''),
    thinking: thinking.map((b) => b.thinking).join(''),
    signature: thinking.map((b) => b.signature).join(''),
    usage: reply.json.usage,
  };
}

// The scripted OpenAI-compatible answer: the same body with stream false.
export async function scriptedChat(location, body) {
  const { stream, stream_options, ...rest } = body;
  const reply = await postJson(`${openapiUrl(location)}/chat/completions`, { ...rest, stream: false });
  assert.equal(reply.status, 200, `oracle chat/completions failed: ${reply.text}`);
  const message = reply.json.choices[0].message;
  return {
    completion: reply.json,
    content: message.content ?? '',
    reasoning: message.reasoning_content ?? '',
    finishReason: reply.json.choices[0].finish_reason,
    usage: reply.json.usage,
  };
}

// The scripted Mistral answer: :rawPredict with stream false.
export async function scriptedMistral(location, model, body) {
  const reply = await postJson(mistralUrl(location, model, 'rawPredict'), { ...body, stream: false });
  assert.equal(reply.status, 200, `oracle mistral :rawPredict failed: ${reply.text}`);
  return {
    completion: reply.json,
    content: reply.json.choices[0].message.content ?? '',
    finishReason: reply.json.choices[0].finish_reason,
    usage: reply.json.usage,
  };
}

// Server-sent events per the WHATWG grammar, without any SDK: [{event, data}] in order.
export function parseSse(text) {
  const events = [];
  let event = null;
  let data = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line === '') {
      if (data.length || event !== null) events.push({ event, data: data.join('\n') });
      event = null;
      data = [];
      continue;
    }
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length || event !== null) events.push({ event, data: data.join('\n'), unterminated: true });
  return events;
}

// A fetch for the SDKs' `fetch` option (or Mistral's HTTPClient fetcher) that records every
// request and tees the response body, so a test can compare what the SDK yielded with the exact
// bytes on the wire. entry.raw resolves to the body text, or to an Error if the read failed
// (e.g. the SDK aborted the request).
export function recordingFetch(log) {
  return async (input, init = {}) => {
    const request = new Request(input, init);
    const body = init.body ?? (request.body ? await request.clone().text() : undefined);
    const entry = {
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: typeof body === 'string' ? body : body === undefined ? undefined : String(body),
    };
    log.push(entry);
    const response = await fetch(input, init);
    entry.status = response.status;
    entry.responseHeaders = response.headers;
    if (!response.body) {
      entry.raw = Promise.resolve('');
      return response;
    }
    const [forSdk, forTest] = response.body.tee();
    entry.raw = new Response(forTest).text().catch((error) => error);
    return new Response(forSdk, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

// Every scripted answer's first line names the catalog model: "**NAME** (emulated) — …".
export function assertNamesModel(text, name) {
  assert.ok(
    text.startsWith(`**${name}** (emulated) — `),
    `the answer should start with "**${name}** (emulated) — ", got: ${JSON.stringify(text.slice(0, 80))}`,
  );
}

// The answer must be long enough for a stream to be a real stream.
export function assertSubstantial(text, what) {
  assert.ok(text.length > 40, `${what} is suspiciously short: ${JSON.stringify(text)}`);
}
