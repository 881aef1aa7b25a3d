#pragma once

#include "auth/fetchqueue.h"
#include "client/tokenprovider.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace maas {

class Clock;

struct TokenCacheOptions
{
    // Refresh this long before expiry: google-auth-library's eager refresh threshold
    // (vertex-protocol.md §8.7, reliability.md C7).
    qint64 refreshMarginMs = 5 * 60 * 1000;
    // Never hand out a token with less left than this, even when a refresh fails.
    qint64 minimumValidityMs = 30 * 1000;
    // How long to keep a token whose expiry the source does not know (gcloud).
    qint64 unknownExpiryLifetimeMs = 10 * 60 * 1000;
    // invalidate() within this long after a fresh token arrived is about a request sent with the
    // previous token (several panes get their 401 at once): it does not refresh again.
    qint64 invalidateGraceMs = 2 * 1000;
};

// Keeps the last token of a source and hands it out until it is due for refresh (5 minutes before
// expiry, by the Clock). One refresh is in flight at a time, shared by every caller that asks while
// it runs. invalidate() (the server answered 401) drops the token so the next fetch refreshes, once:
// the client's "401 → invalidate → retry once" cannot loop, and if the source returns the very token
// that was rejected, the fetch fails with a message instead of handing it out again. When a refresh
// fails while the old token still has minimumValidityMs left, the old token is used.
class TokenCache final : public TokenProvider
{
    Q_DISABLE_COPY_MOVE(TokenCache)
    Q_DECLARE_TR_FUNCTIONS(TokenCache)

public:
    TokenCache(std::unique_ptr<TokenProvider> source, const Clock &clock, TokenCacheOptions options = {});
    ~TokenCache() override;

    void fetch(QObject *context, Callback done) override;
    void invalidate() override;

    TokenProvider &source() const { return *m_source; }
    // Tokens asked of the source so far (for tests and the doctor).
    int refreshCount() const { return m_refreshes; }
    bool hasToken() const { return !m_token.value.isEmpty(); }
    // When the cached token is due for refresh (invalid when there is none).
    QDateTime refreshDue() const;

private:
    enum class Freshness
    {
        Fresh,   // hand it out
        Stale,   // within the refresh margin: refresh, but usable if the refresh fails
        Unusable // none, expired, or rejected
    };
    Freshness freshness() const;
    QDateTime usableUntil() const;
    void refresh();
    void refreshed(const AccessToken &token, const QString &error);

    std::unique_ptr<TokenProvider> m_source;
    const Clock &m_clock;
    TokenCacheOptions m_options;
    AccessToken m_token;
    QDateTime m_obtainedAt;
    QString m_rejectedValue; // the last token the server refused
    int m_refreshes = 0;
    FetchQueue m_queue;
    QObject m_guard;
};

} // namespace maas
