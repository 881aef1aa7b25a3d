#include "client/tokenprovider.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace maas {

StaticTokenProvider::StaticTokenProvider(QString token, QString origin)
    : m_token(std::move(token).trimmed())
    , m_origin(std::move(origin))
{}

StaticTokenProvider StaticTokenProvider::fromEnvironment()
{
    return StaticTokenProvider(qEnvironmentVariable("MAAS_ACCESS_TOKEN"), u"MAAS_ACCESS_TOKEN"_s);
}

void StaticTokenProvider::fetch(QObject *context, Callback done)
{
    AccessToken token;
    QString error;
    if (m_token.isEmpty())
        error = u"no access token: set MAAS_ACCESS_TOKEN (for example to $(gcloud auth print-access-token))"_s;
    else if (m_rejected)
        error = u"%1 was rejected by the server and cannot be refreshed; get a new one "
                u"(gcloud auth print-access-token)"_s.arg(m_origin);
    else
        token.value = m_token;
    // Always asynchronous, like every other source, so callers see one behaviour.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), token, error] { done(token, error); }, Qt::QueuedConnection);
}

} // namespace maas
