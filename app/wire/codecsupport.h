#pragma once

// Helpers shared by the codecs (not part of the wire API): JSON reading with clear failures, error
// envelopes of every family, message bodies.

#include "wire/chatrequest.h"
#include "wire/sseparser.h"
#include "wire/streamevent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace maas::codec {

// Parses one event's data as a JSON object. On failure returns nullopt and sets *error to a
// "malformed_event" Error naming the event type (the payload itself is cut to a short excerpt).
std::optional<QJsonObject> parseObject(const SseEvent &event, StreamEvent *error);

// True when data is empty or only whitespace (a keep-alive some proxies send): never parsed.
bool isBlank(QByteArrayView data);

// An error object in any of the shapes the families send, or nullopt when the object is not one:
//   {"type":"error","error":{"type","message"}}            Anthropic
//   {"error":{"code","message","status"}}                   Google front end
//   {"error":{"message","type","code"}}                     OpenAI-compatible
//   {"object":"error","message","type","code"}              vLLM
std::optional<StreamEvent> errorFromObject(const QJsonObject &object);

// Whether an error of this type or HTTP-like code is worth a later retry (overload, quota, 5xx).
bool isRetryableError(QStringView type, int code = 0);

// Integer token count, or -1 when absent, null or not a number.
qint64 tokenCount(const QJsonValue &value);

// Non-empty string field of an object, or a null QString.
QString stringField(const QJsonObject &object, QLatin1StringView key);

// How a family writes an image content block (see the codecs).
enum class ImageStyle
{
    Anthropic,     // {"type":"image","source":{"type":"base64","media_type":..,"data":..}}
    OpenAiObject,  // {"type":"image_url","image_url":{"url":"data:<mime>;base64,.."}}
    MistralString, // {"type":"image_url","image_url":"data:<mime>;base64,.."}
};

// Messages: [{"role":"system",...} if systemAsMessage and system is set, then user/assistant turns].
// A message with images gets a content array, the images first and then the text ({"type":"text"});
// one without keeps the plain string content every family takes.
QJsonArray chatMessages(const ChatRequest &request, bool systemAsMessage, ImageStyle images);

QByteArray compactJson(const QJsonObject &object);

} // namespace maas::codec
