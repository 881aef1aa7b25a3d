#include "vertex/requestheaders.h"

#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace maas {

QByteArray requestTypeValue(ThroughputMode mode)
{
    switch (mode) {
    case ThroughputMode::ProvisionedOnly:
        return "dedicated"_ba;
    case ThroughputMode::PayAsYouGoOnly:
        return "shared"_ba;
    case ThroughputMode::Automatic:
        break;
    }
    return {};
}

QString throughputProblem(ThroughputMode mode, QStringView location)
{
    if (mode == ThroughputMode::ProvisionedOnly && location == u"global")
        return u"Provisioned Throughput is not offered on the global endpoint, so a \"provisioned only\" request "
               u"there would fail; pick the region where your throughput is reserved, or set the request type to "
               u"automatic or pay-as-you-go in Settings"_s;
    return {};
}

void addVertexHeaders(QNetworkRequest &request, const QString &quotaProject, ThroughputMode mode)
{
    if (!quotaProject.isEmpty())
        request.setRawHeader(kUserProjectHeader, quotaProject.toUtf8());
    if (const QByteArray value = requestTypeValue(mode); !value.isEmpty())
        request.setRawHeader(kRequestTypeHeader, value);
}

} // namespace maas
