#pragma once

#include "client/chatstream.h"

#include <QCoreApplication>
#include <QString>

namespace maas {

// Human text for stream metrics, shared by the panes and the status bar.
class MetricsFormat
{
    Q_DECLARE_TR_FUNCTIONS(MetricsFormat)

public:
    // "TTFT 412 ms · 84.1 tok/s · in 12 · out 345 · $0.0052 · stop · 4.2 s"
    static QString summary(const ChatResult &result, const std::optional<double> &cost);
    static QString duration(qint64 ms);
};

} // namespace maas
