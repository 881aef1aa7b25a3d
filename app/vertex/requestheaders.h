#pragma once

#include <QByteArray>
#include <QString>

class QNetworkRequest;

namespace maas {

// Whether a request may use the project's Provisioned Throughput, sent as the
// X-Vertex-AI-LLM-Request-Type header. Google's "Use Provisioned Throughput" page
// (https://cloud.google.com/vertex-ai/generative-ai/docs/use-provisioned-throughput, "Control
// overages or bypass Provisioned Throughput"): "dedicated" uses only Provisioned Throughput (requests
// over the order get 429), "shared" bypasses it and uses only pay-as-you-go; without the header,
// overages spill over to pay-as-you-go. The partner-models page says Provisioned Throughput is not
// supported on the global endpoint.
enum class ThroughputMode
{
    Automatic,       // no header
    ProvisionedOnly, // "dedicated"
    PayAsYouGoOnly,  // "shared"
};

inline constexpr char kRequestTypeHeader[] = "X-Vertex-AI-LLM-Request-Type";
inline constexpr char kUserProjectHeader[] = "x-goog-user-project";

// "dedicated", "shared", or empty for Automatic.
QByteArray requestTypeValue(ThroughputMode mode);
// Empty when requests in this mode can go to location, else what is wrong and what to do.
QString throughputProblem(ThroughputMode mode, QStringView location);
// Sets x-goog-user-project (when quotaProject is not empty) and X-Vertex-AI-LLM-Request-Type (when
// the mode asks for one) on a Vertex request.
void addVertexHeaders(QNetworkRequest &request, const QString &quotaProject, ThroughputMode mode);

} // namespace maas
