#include "auth/pastedtokensource.h"

#include "auth/fetchqueue.h"
#include "auth/redact.h"
#include "auth/secretstore.h"
#include "common/clock.h"

using namespace Qt::StringLiterals;

namespace maas {

PastedTokenSource::PastedTokenSource(SecretStore &store, QDateTime pastedAt, const Clock &clock)
    : m_store(&store)
    , m_pastedAt(std::move(pastedAt))
    , m_clock(clock)
{}

PastedTokenSource::~PastedTokenSource() = default;

QDateTime PastedTokenSource::expiry() const
{
    return m_pastedAt.isValid() ? m_pastedAt.addSecs(kLifetimeSeconds) : QDateTime();
}

void PastedTokenSource::fetch(QObject *context, Callback done)
{
    if (!m_store) {
        answerLater(context, std::move(done), {}, u"the secret store holding the pasted token is gone"_s);
        return;
    }
    QPointer<QObject> caller(context);
    m_store->read(kSecretKey, &m_guard, [this, caller, done = std::move(done)](const SecretReadResult &read) {
        if (!caller)
            return;
        AccessToken token;
        QString error;
        const QString value = QString::fromUtf8(read.value).trimmed();
        if (!read.error.isEmpty()) {
            error = u"cannot read the pasted access token: %1"_s.arg(read.error);
        } else if (!read.found || value.isEmpty()) {
            error = u"no access token has been pasted: paste one in Tools ▸ Settings (the output of "
                    u"`gcloud auth print-access-token`), or choose another credential source"_s;
        } else if (m_rejected) {
            error = u"the server rejected the pasted access token, and a pasted token cannot be refreshed: paste a "
                    u"new one (`gcloud auth print-access-token`) or choose a source that refreshes itself"_s;
        } else if (const QDateTime until = expiry(); until.isValid() && m_clock.now() >= until) {
            error = u"the pasted access token expired at %1 (access tokens last one hour and a pasted one cannot be "
                    u"refreshed): paste a new one (`gcloud auth print-access-token`)"_s.arg(
                        until.toLocalTime().toString(u"HH:mm"_s));
        } else {
            rememberSecret(value);
            token.value = value;
            token.expiry = expiry();
        }
        done(token, error);
    });
}

} // namespace maas
