#include "common/urlpolicy.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace maas {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString endpointUrlProblem(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return u"expected an http(s) URL such as https://proxy.example.com/v1 or http://127.0.0.1:8080/v1"_s;
    if (url.scheme() == u"http" && !isLoopbackHost(url.host()))
        return u"plain http is only allowed for loopback hosts (127.0.0.1, localhost); use https"_s;
    return {};
}

} // namespace maas
