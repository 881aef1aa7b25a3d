#include "auth/tokencache.h"

#include "auth/redact.h"
#include "common/clock.h"

using namespace Qt::StringLiterals;

namespace maas {

TokenCache::TokenCache(std::unique_ptr<TokenProvider> source, const Clock &clock, TokenCacheOptions options)
    : m_source(std::move(source))
    , m_clock(clock)
    , m_options(options)
{}

TokenCache::~TokenCache() = default;

QDateTime TokenCache::usableUntil() const
{
    if (m_token.expiry.isValid())
        return m_token.expiry;
    return m_obtainedAt.addMSecs(m_options.unknownExpiryLifetimeMs);
}

QDateTime TokenCache::refreshDue() const
{
    if (m_token.value.isEmpty())
        return {};
    // Unknown expiry: the lifetime we allow already is the margin.
    if (!m_token.expiry.isValid())
        return usableUntil();
    return m_token.expiry.addMSecs(-m_options.refreshMarginMs);
}

TokenCache::Freshness TokenCache::freshness() const
{
    if (m_token.value.isEmpty())
        return Freshness::Unusable;
    const QDateTime now = m_clock.now();
    if (now < refreshDue())
        return Freshness::Fresh;
    if (now.addMSecs(m_options.minimumValidityMs) < usableUntil())
        return Freshness::Stale;
    return Freshness::Unusable;
}

void TokenCache::fetch(QObject *context, Callback done)
{
    if (!m_queue.busy() && freshness() == Freshness::Fresh) {
        answerLater(context, std::move(done), m_token, {});
        return;
    }
    if (m_queue.add(context, std::move(done)))
        refresh();
}

void TokenCache::refresh()
{
    ++m_refreshes;
    qCDebug(lcAuth) << "token cache: refreshing" << (m_token.value.isEmpty() ? "(no token)" : "(due)");
    m_source->fetch(&m_guard, [this](const AccessToken &token, const QString &error) { refreshed(token, error); });
}

void TokenCache::refreshed(const AccessToken &token, const QString &error)
{
    if (error.isEmpty() && !token.value.isEmpty() && token.value == m_rejectedValue) {
        // The source has nothing newer than what the server refused (gcloud's own cache, a fixed
        // token): handing it out again would only fail again.
        m_queue.finish({}, tr("The server rejected the access token, and the credential source returned the same "
                              "token again. Sign in again (`%1` or `%2`) or choose another credential source.")
                               .arg(u"gcloud auth login"_s, u"gcloud auth application-default login"_s));
        return;
    }
    if (!error.isEmpty() || token.value.isEmpty()) {
        const QString message = error.isEmpty() ? tr("The credential source returned an empty token.") : error;
        if (freshness() == Freshness::Stale) {
            // Still good for a while: keep working and try again on the next fetch.
            qCWarning(lcAuth).noquote() << "token refresh failed; using the current token until"
                                        << usableUntil().toString(Qt::ISODate) << ":" << redact(message);
            m_queue.finish(m_token, {});
            return;
        }
        m_token = {};
        m_queue.finish({}, message);
        return;
    }
    m_token = token;
    m_obtainedAt = m_clock.now();
    m_rejectedValue.clear();
    m_queue.finish(m_token, {});
}

void TokenCache::invalidate()
{
    if (m_queue.busy()) {
        // A refresh is already running; its token replaces the current one. It must not be the one
        // that was just refused.
        if (!m_token.value.isEmpty())
            m_rejectedValue = m_token.value;
        m_token = {};
        return;
    }
    if (m_token.value.isEmpty())
        return;
    if (m_obtainedAt.isValid() && m_obtainedAt.msecsTo(m_clock.now()) < m_options.invalidateGraceMs) {
        qCDebug(lcAuth) << "token cache: 401 for a token older than the one just obtained; keeping it";
        return;
    }
    m_rejectedValue = m_token.value;
    m_token = {};
    m_source->invalidate();
}

} // namespace maas
