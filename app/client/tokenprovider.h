#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

class QObject;

namespace maas {

struct AccessToken
{
    QString value;
    QDateTime expiry; // invalid when unknown
    QString account;  // who it authenticates as, when known
    QString note;     // what the source could not confirm (shown beside the status), usually empty
};

// Supplies bearer tokens. Asynchronous: sources may run gcloud or call a token endpoint.
// The callback runs on the caller's thread, never after context is destroyed.
class TokenProvider
{
public:
    using Callback = std::function<void(const AccessToken &token, const QString &error)>;
    virtual ~TokenProvider() = default;
    virtual void fetch(QObject *context, Callback done) = 0;
    // The server rejected the last token (401): the next fetch must not return it again.
    virtual void invalidate() {}
};

// A token given up front: pasted in the UI, or MAAS_ACCESS_TOKEN for scripts. Cannot refresh.
class StaticTokenProvider final : public TokenProvider
{
public:
    explicit StaticTokenProvider(QString token, QString origin = QStringLiteral("the pasted token"));
    // From MAAS_ACCESS_TOKEN; empty token (and a clear error on fetch) when unset.
    static StaticTokenProvider fromEnvironment();
    void fetch(QObject *context, Callback done) override;
    void invalidate() override { m_rejected = true; }
    bool isEmpty() const { return m_token.isEmpty(); }

private:
    QString m_token;
    QString m_origin;
    bool m_rejected = false;
};

} // namespace maas
