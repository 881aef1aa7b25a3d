#pragma once

#include <QString>
#include <QUrl>

namespace maas {

// True for localhost, 127.0.0.0/8 and ::1.
bool isLoopbackHost(const QString &host);

// Checks a user-given base URL (endpoint override, custom catalog endpoint): http(s) with a host,
// plain http only for loopback. Returns an empty string when acceptable, else what is wrong.
QString endpointUrlProblem(const QString &url);

} // namespace maas
