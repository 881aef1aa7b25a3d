#pragma once

#include "client/tokenprovider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLatin1StringView>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace maas {

class Clock;
class SecretStore;

// An access token the user pasted in Settings, read from the SecretStore on every fetch (never from
// QSettings). It cannot be refreshed. With a tokeninfo URL (Google's, or the endpoint override's
// origin) it asks tokeninfo once per token for its real expiry and account; when tokeninfo cannot
// answer, the token is taken to expire an hour after it was pasted (Google access tokens last one
// hour) and the token carries a note saying so. Once expired it is refused, with what to do. The
// value is registered with rememberSecret() so logs and messages never show it.
class PastedTokenSource final : public TokenProvider
{
    Q_DISABLE_COPY_MOVE(PastedTokenSource)
    Q_DECLARE_TR_FUNCTIONS(PastedTokenSource)

public:
    // The SecretStore key of the pasted token.
    static constexpr QLatin1StringView kSecretKey{"pasted-token"};
    // How long a Google access token lasts (expires_in 3599 s, vertex-protocol.md §8.1).
    static constexpr qint64 kLifetimeSeconds = 3600;

    // pastedAt: when it was pasted (Settings::pastedTokenTime()); invalid when unknown. network and
    // tokenInfoUrl: where to ask tokeninfo (both unset: never asked, the hour is assumed).
    PastedTokenSource(SecretStore &store, QDateTime pastedAt, const Clock &clock,
                      QNetworkAccessManager *network = nullptr, QUrl tokenInfoUrl = {});
    ~PastedTokenSource() override;

    void fetch(QObject *context, Callback done) override;
    void invalidate() override { m_rejected = true; }

    // When the token stops working: tokeninfo's answer, else an hour after pasting (invalid when
    // neither is known).
    QDateTime expiry() const;

private:
    // What tokeninfo said about one token value.
    struct Info
    {
        QString value;
        QDateTime expiry;
        QString account;
        QString note; // why tokeninfo could not answer; empty when it did
    };
    void lookUp(const QString &value, std::function<void()> then);
    void deliver(const QString &value, const Callback &done);

    QPointer<SecretStore> m_store;
    QDateTime m_pastedAt;
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    QUrl m_tokenInfoUrl;
    Info m_info;
    bool m_rejected = false;
    QObject m_guard;
};

} // namespace maas
