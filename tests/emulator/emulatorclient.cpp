#include "emulatorclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

QJsonObject HttpResult::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray())
        return document.array().first().toObject();
    return document.object();
}

bool HttpResult::isArrayBody() const
{
    return QJsonDocument::fromJson(body).isArray();
}

qint64 HttpResult::longestGapMs() const
{
    qint64 longest = 0;
    for (qsizetype i = 1; i < arrivalMs.size(); ++i)
        longest = qMax(longest, arrivalMs.at(i) - arrivalMs.at(i - 1));
    return longest;
}

QList<SseEvent> parseSse(const QByteArray &body)
{
    QList<SseEvent> events;
    const QList<QByteArray> blocks = body.split('\n');
    SseEvent current;
    bool any = false;
    for (const QByteArray &line : blocks) {
        if (line.isEmpty()) {
            if (any)
                events << current;
            current = {};
            any = false;
        } else if (line.startsWith("event: ")) {
            current.event = line.mid(7);
            any = true;
        } else if (line.startsWith("data: ")) {
            current.data = line.mid(6);
            any = true;
        }
    }
    if (any)
        events << current;
    return events;
}

QString anthropicDeltas(const QList<SseEvent> &events, const QByteArray &deltaType, const QByteArray &field)
{
    QString text;
    for (const SseEvent &event : events) {
        if (event.event != "content_block_delta")
            continue;
        const QJsonObject delta = QJsonDocument::fromJson(event.data).object().value("delta"_L1).toObject();
        if (delta.value("type"_L1).toString().toUtf8() == deltaType)
            text += delta.value(QLatin1StringView(field)).toString();
    }
    return text;
}

QString chatDeltas(const QList<SseEvent> &events, const QString &field)
{
    QString text;
    for (const SseEvent &event : events) {
        const QJsonObject chunk = QJsonDocument::fromJson(event.data).object();
        for (const QJsonValue &choice : chunk.value("choices"_L1).toArray())
            text += choice.toObject().value("delta"_L1).toObject().value(field).toString();
    }
    return text;
}

QNetworkReply *EmulatorClient::start(const QString &path, const QByteArray &body,
                                     const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &token)
{
    QNetworkRequest request(QUrl(m_base.toString() + path, QUrl::StrictMode));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_nam.post(request, body);
}

HttpResult EmulatorClient::post(const QString &path, const QJsonObject &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &token)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, token);
}

HttpResult EmulatorClient::postRaw(const QString &path, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &token)
{
    return collect(start(path, body, headers, token));
}

HttpResult EmulatorClient::collect(QNetworkReply *reply, int timeoutMs)
{
    std::unique_ptr<QNetworkReply> owner(reply);
    auto result = std::make_shared<HttpResult>();
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        if (result->headersMs < 0)
            result->headersMs = clock.elapsed();
    });
    QObject::connect(reply, &QIODevice::readyRead, &loop, [&] {
        result->arrivalMs << clock.elapsed();
        result->body += reply->readAll();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        result->timedOut = true;
        loop.quit();
    });
    timeout.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    result->body += reply->readAll();
    result->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result->error = reply->error();
    result->errorString = reply->errorString();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result->headers.insert(name.toLower(), value);
    if (result->timedOut)
        reply->abort();
    return *result;
}

namespace routes {

QString claude(const QString &model, const QString &location, bool stream)
{
    return u"/projects/test-proj/locations/%1/publishers/anthropic/models/%2:%3"_s.arg(
        location, model, stream ? u"streamRawPredict"_s : u"rawPredict"_s);
}

QString mistral(const QString &model, const QString &location, bool stream)
{
    return u"/projects/test-proj/locations/%1/publishers/mistralai/models/%2:%3"_s.arg(
        location, model, stream ? u"streamRawPredict"_s : u"rawPredict"_s);
}

QString chat(const QString &location)
{
    return u"/projects/test-proj/locations/%1/endpoints/openapi/chat/completions"_s.arg(location);
}

QString embeddings(const QString &location)
{
    return u"/projects/test-proj/locations/%1/endpoints/openapi/embeddings"_s.arg(location);
}

QJsonObject claudeBody(const QString &prompt, bool stream, int maxTokens)
{
    QJsonObject body{{u"anthropic_version"_s, u"vertex-2023-10-16"_s},
                     {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, prompt}}}},
                     {u"max_tokens"_s, maxTokens}};
    if (stream)
        body.insert(u"stream"_s, true);
    return body;
}

QJsonObject chatBody(const QString &model, const QString &prompt, bool stream, int maxTokens)
{
    QJsonObject body{{u"model"_s, model},
                     {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, prompt}}}},
                     {u"max_tokens"_s, maxTokens},
                     {u"stream"_s, stream}};
    if (stream)
        body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    return body;
}

} // namespace routes
