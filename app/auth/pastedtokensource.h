#pragma once

#include "client/tokenprovider.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QObject>
#include <QPointer>

namespace maas {

class Clock;
class SecretStore;

// An access token the user pasted in Settings, read from the SecretStore on every fetch (never from
// QSettings). It cannot be refreshed: Google access tokens last one hour, so it is taken to expire
// an hour after it was pasted (the token may be older than that; the server's 401 then says so) and
// is refused, with what to do, once that hour is over. The value is registered with
// rememberSecret() so logs and messages never show it.
class PastedTokenSource final : public TokenProvider
{
    Q_DISABLE_COPY_MOVE(PastedTokenSource)

public:
    // The SecretStore key of the pasted token.
    static constexpr QLatin1StringView kSecretKey{"pasted-token"};
    // How long a Google access token lasts (expires_in 3599 s, vertex-protocol.md §8.1).
    static constexpr qint64 kLifetimeSeconds = 3600;

    // pastedAt: when it was pasted (Settings::pastedTokenTime()); invalid when unknown.
    PastedTokenSource(SecretStore &store, QDateTime pastedAt, const Clock &clock);
    ~PastedTokenSource() override;

    void fetch(QObject *context, Callback done) override;
    void invalidate() override { m_rejected = true; }

    // When the token stops working (invalid when the paste time is unknown).
    QDateTime expiry() const;

private:
    QPointer<SecretStore> m_store;
    QDateTime m_pastedAt;
    const Clock &m_clock;
    bool m_rejected = false;
    QObject m_guard;
};

} // namespace maas
