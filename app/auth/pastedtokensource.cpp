#include "auth/pastedtokensource.h"

#include "auth/fetchqueue.h"
#include "auth/redact.h"
#include "auth/secretstore.h"
#include "common/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

constexpr auto kPrintToken = "gcloud auth print-access-token"_L1; // a command: never translated
constexpr int kTokenInfoTimeoutMs = 10'000;

// tokeninfo sends numbers as strings ("expires_in": "3599"); accept either.
qint64 number(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

} // namespace

PastedTokenSource::PastedTokenSource(SecretStore &store, QDateTime pastedAt, const Clock &clock,
                                     QNetworkAccessManager *network, QUrl tokenInfoUrl)
    : m_store(&store)
    , m_pastedAt(std::move(pastedAt))
    , m_clock(clock)
    , m_network(network)
    , m_tokenInfoUrl(std::move(tokenInfoUrl))
{}

PastedTokenSource::~PastedTokenSource() = default;

QDateTime PastedTokenSource::expiry() const
{
    if (m_info.expiry.isValid())
        return m_info.expiry;
    return m_pastedAt.isValid() ? m_pastedAt.addSecs(kLifetimeSeconds) : QDateTime();
}

void PastedTokenSource::fetch(QObject *context, Callback done)
{
    if (!m_store) {
        answerLater(context, std::move(done), {}, tr("the secret store holding the pasted token is gone"));
        return;
    }
    QPointer<QObject> caller(context);
    m_store->read(kSecretKey, &m_guard, [this, caller, done = std::move(done)](const SecretReadResult &read) {
        if (!caller)
            return;
        const QString value = QString::fromUtf8(read.value).trimmed();
        QString error;
        if (!read.error.isEmpty()) {
            error = tr("cannot read the pasted access token: %1").arg(read.error);
        } else if (!read.found || value.isEmpty()) {
            error = tr("no access token has been pasted: paste one in Tools ▸ Settings (the output of `%1`), or "
                       "choose another credential source")
                        .arg(kPrintToken);
        } else if (m_rejected) {
            error = tr("the server rejected the pasted access token, and a pasted token cannot be refreshed: paste a "
                       "new one (`%1`) or choose a source that refreshes itself")
                        .arg(kPrintToken);
        }
        if (!error.isEmpty()) {
            done({}, error);
            return;
        }
        rememberSecret(value);
        if (m_info.value == value || !m_network || !m_tokenInfoUrl.isValid()) {
            deliver(value, done);
            return;
        }
        lookUp(value, [this, caller, value, done] {
            if (caller)
                deliver(value, done);
        });
    });
}

void PastedTokenSource::lookUp(const QString &value, std::function<void()> then)
{
    QNetworkRequest request(m_tokenInfoUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setTransferTimeout(std::chrono::milliseconds(kTokenInfoTimeoutMs));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, "access_token=" + QUrl::toPercentEncoding(value));
    QObject::connect(reply, &QNetworkReply::finished, &m_guard, [this, reply, value, then = std::move(then)] {
        reply->deleteLater();
        Info info;
        info.value = value;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const QString where = m_tokenInfoUrl.toDisplayString(QUrl::RemoveQuery);
        if (status == 200 && (json.contains("expires_in"_L1) || json.contains("exp"_L1))) {
            info.expiry = json.contains("expires_in"_L1)
                              ? m_clock.now().addSecs(number(json.value("expires_in"_L1)))
                              : QDateTime::fromSecsSinceEpoch(number(json.value("exp"_L1)), QTimeZone::UTC);
            info.account = json.value("email"_L1).toString();
        } else {
            const QString why = status == 0
                                    ? redact(reply->errorString())
                                    : u"HTTP %1 %2"_s.arg(status).arg(json.value("error"_L1).toString()).trimmed();
            info.note = u"tokeninfo (%1) could not confirm its expiry (%2): taken to expire one hour after it "
                        u"was pasted"_s.arg(where, why);
        }
        m_info = info;
        then();
    });
}

void PastedTokenSource::deliver(const QString &value, const Callback &done)
{
    AccessToken token;
    QString error;
    const bool known = m_info.value == value;
    const QDateTime until = known && m_info.expiry.isValid()
                                ? m_info.expiry
                                : (m_pastedAt.isValid() ? m_pastedAt.addSecs(kLifetimeSeconds) : QDateTime());
    if (until.isValid() && m_clock.now() >= until) {
        error = tr("the pasted access token expired at %1 (a pasted token cannot be refreshed): paste a new one "
                   "(`%2`)")
                    .arg(until.toLocalTime().toString(u"HH:mm"_s), kPrintToken);
    } else {
        token.value = value;
        token.expiry = until;
        if (known) {
            token.account = m_info.account;
            token.note = m_info.note;
        }
    }
    done(token, error);
}

} // namespace maas
