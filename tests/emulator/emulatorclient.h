#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// A small synchronous HTTP client for the emulator tests: posts JSON, waits for the end, and keeps
// what a stream test needs (status, headers, body, when bytes arrived, how the reply ended).
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    qint64 headersMs = -1;   // when the status line and headers arrived
    QList<qint64> arrivalMs; // when each readyRead came
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const; // the body as an object (the first element of an array body)
    bool isArrayBody() const;
    qint64 longestGapMs() const; // the longest silence between two arrivals
};

struct SseEvent
{
    QByteArray event;
    QByteArray data;
};

// Splits an SSE body into events (the emulator writes LF line ends and blank-line separators).
QList<SseEvent> parseSse(const QByteArray &body);
// The concatenated text (or thinking) deltas of an Anthropic stream.
QString anthropicDeltas(const QList<SseEvent> &events, const QByteArray &deltaType, const QByteArray &field);
// The concatenated delta field ("content", "reasoning_content") of OpenAI/Mistral chunks.
QString chatDeltas(const QList<SseEvent> &events, const QString &field);

class EmulatorClient
{
public:
    explicit EmulatorClient(QUrl base)
        : m_base(std::move(base))
    {}

    QNetworkReply *start(const QString &path, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers = {},
                         const QByteArray &token = QByteArrayLiteral("test-token"));
    HttpResult post(const QString &path, const QJsonObject &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &token = QByteArrayLiteral("test-token"));
    HttpResult postRaw(const QString &path, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       const QByteArray &token = QByteArrayLiteral("test-token"));
    // Waits for a started reply and collects it (deletes the reply).
    static HttpResult collect(QNetworkReply *reply, int timeoutMs = 30000);

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

// Paths and bodies of the routes under test.
namespace routes {
QString claude(const QString &model, const QString &location, bool stream);
QString mistral(const QString &model, const QString &location, bool stream);
QString chat(const QString &location);
QString embeddings(const QString &location);
QJsonObject claudeBody(const QString &prompt, bool stream, int maxTokens = 4096);
QJsonObject chatBody(const QString &model, const QString &prompt, bool stream, int maxTokens = 4096);
} // namespace routes
