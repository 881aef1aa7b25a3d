#include "wire/codecsupport.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace maas::codec {

namespace {

// Enough of the payload to recognise it in a bug report, not enough to leak a whole answer into logs.
constexpr qsizetype kExcerptBytes = 48;

QString excerpt(QByteArrayView data)
{
    const QByteArrayView head = data.first(std::min(data.size(), kExcerptBytes));
    QString text = QString::fromUtf8(head);
    for (QChar &c : text) {
        if (c.unicode() < 0x20)
            c = u' ';
    }
    return data.size() > kExcerptBytes ? text + u'\u2026' : text;
}

QString eventName(const SseEvent &event)
{
    return event.event.isEmpty() ? u"message"_s : QString::fromUtf8(event.event);
}

} // namespace

bool isBlank(QByteArrayView data)
{
    return std::all_of(data.begin(), data.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::optional<QJsonObject> parseObject(const SseEvent &event, StreamEvent *error)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(event.data, &parseError);
    if (parseError.error == QJsonParseError::IllegalUTF8String) {
        // Invalid UTF-8 is not worth failing the answer for (reliability.md S3): read it again with
        // each bad sequence replaced by U+FFFD.
        doc = QJsonDocument::fromJson(QString::fromUtf8(event.data).toUtf8(), &parseError);
    }
    QString problem;
    if (parseError.error != QJsonParseError::NoError) {
        problem = u"%1 at byte %2 of %3"_s.arg(parseError.errorString())
                      .arg(std::min<qsizetype>(parseError.offset, event.data.size()))
                      .arg(event.data.size());
    } else if (doc.isArray()) {
        // Google sometimes wraps its error envelope in a one-element array.
        const QJsonArray array = doc.array();
        if (array.size() == 1 && array.first().isObject())
            return array.first().toObject();
        problem = u"expected a JSON object, got an array"_s;
    } else if (!doc.isObject()) {
        problem = u"expected a JSON object"_s;
    } else {
        return doc.object();
    }
    *error = StreamEvent::error(u"malformed_event"_s,
                                u"malformed \"%1\" event: %2: %3"_s.arg(eventName(event), problem, excerpt(event.data)),
                                false);
    return std::nullopt;
}

std::optional<StreamEvent> errorFromObject(const QJsonObject &object)
{
    QJsonObject details;
    const QJsonValue errorValue = object.value("error"_L1);
    if (errorValue.isObject()) {
        details = errorValue.toObject();
    } else if (object.value("object"_L1).toString() == "error"_L1 || object.value("type"_L1).toString() == "error"_L1) {
        details = object; // vLLM puts the fields at the top; an Anthropic error event without details lands here too
        if (errorValue.isString())
            details.insert("message"_L1, errorValue);
    } else if (errorValue.isString()) {
        details.insert("message"_L1, errorValue);
    } else {
        return std::nullopt;
    }

    const QJsonValue codeValue = details.value("code"_L1);
    const int code = codeValue.isDouble() ? codeValue.toInt() : codeValue.toString().toInt();
    QString type = stringField(details, "type"_L1);
    if (type == "error"_L1)
        type.clear();
    if (type.isEmpty())
        type = stringField(details, "status"_L1);
    if (type.isEmpty() && codeValue.isString())
        type = codeValue.toString();
    if (type.isEmpty() && code > 0)
        type = u"http_"_s + QString::number(code);
    if (type.isEmpty())
        type = u"error"_s;
    QString message = stringField(details, "message"_L1);
    if (message.isEmpty())
        message = u"the server reported an error without a message"_s;
    return StreamEvent::error(type, message, isRetryableError(type, code));
}

bool isRetryableError(QStringView type, int code)
{
    static constexpr QLatin1StringView retryable[] = {
        "overloaded_error"_L1,    "rate_limit_error"_L1,   "api_error"_L1,   "timeout_error"_L1, "server_error"_L1,
        "rate_limit_exceeded"_L1, "RESOURCE_EXHAUSTED"_L1, "UNAVAILABLE"_L1, "INTERNAL"_L1,      "DEADLINE_EXCEEDED"_L1,
    };
    for (QLatin1StringView name : retryable) {
        if (type == name)
            return true;
    }
    return code == 408 || code == 429 || code == 500 || code == 502 || code == 503 || code == 504 || code == 529;
}

qint64 tokenCount(const QJsonValue &value)
{
    return value.isDouble() ? value.toInteger(-1) : -1;
}

QString stringField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue v = object.value(key);
    return v.isString() ? v.toString() : QString();
}

namespace {

QJsonObject imageBlock(const ImageAttachment &image, ImageStyle style)
{
    const QString base64 = QString::fromLatin1(image.data.toBase64());
    const QString dataUrl = u"data:"_s + image.mediaType + u";base64,"_s + base64;
    switch (style) {
    case ImageStyle::Anthropic:
        return QJsonObject{
            {"type"_L1, u"image"_s},
            {"source"_L1,
             QJsonObject{{"type"_L1, u"base64"_s}, {"media_type"_L1, image.mediaType}, {"data"_L1, base64}}}};
    case ImageStyle::OpenAiObject:
        return QJsonObject{{"type"_L1, u"image_url"_s}, {"image_url"_L1, QJsonObject{{"url"_L1, dataUrl}}}};
    case ImageStyle::MistralString:
        break;
    }
    return QJsonObject{{"type"_L1, u"image_url"_s}, {"image_url"_L1, dataUrl}};
}

} // namespace

QJsonArray chatMessages(const ChatRequest &request, bool systemAsMessage, ImageStyle images)
{
    QJsonArray messages;
    if (systemAsMessage && !request.system.isEmpty())
        messages.append(QJsonObject{{"role"_L1, u"system"_s}, {"content"_L1, request.system}});
    for (const ChatMessage &m : request.messages) {
        const QString role = m.role == ChatMessage::Role::User ? u"user"_s : u"assistant"_s;
        if (m.images.isEmpty()) {
            messages.append(QJsonObject{{"role"_L1, role}, {"content"_L1, m.text}});
            continue;
        }
        QJsonArray content;
        for (const ImageAttachment &image : m.images)
            content.append(imageBlock(image, images));
        if (!m.text.isEmpty())
            content.append(QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, m.text}});
        messages.append(QJsonObject{{"role"_L1, role}, {"content"_L1, content}});
    }
    return messages;
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace maas::codec
