#pragma once

#include "client/chatstream.h"

#include <QJsonObject>
#include <QString>

namespace maas::cli {

// One model's row of a comparison, as the report needs it.
struct PaneReport
{
    int pane = 0;
    QString model; // exact request id
    QString name;  // display name
    QString location;
    ChatResult result;
    std::optional<double> cost;
};

QJsonObject eventJson(int pane, const QString &model, const StreamEvent &event);
QJsonObject summaryJson(const PaneReport &report);
// Markdown: each answer (thinking first, set apart), then a metrics table.
QString markdownReport(const QList<PaneReport> &reports);
QString metricsTable(const QList<PaneReport> &reports);

} // namespace maas::cli
