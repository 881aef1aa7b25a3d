#pragma once

#include "clioptions.h"
#include "report.h"

#include <QObject>

namespace maas {
class ChatClient;
class ModelCatalog;
} // namespace maas

namespace maas::cli {

// Streams one prompt to every model at once and prints the result when the last one ends.
class CompareRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareRun)

public:
    CompareRun(ChatClient &client, const ModelCatalog &catalog, const CliOptions &options, QObject *parent = nullptr);
    // Returns false (with a message) when a model cannot be used at all.
    bool start(QString *problem);

Q_SIGNALS:
    void done(int exitCode);

private:
    void onEvent(ChatStream *stream, const StreamEvent &event);
    void onFinished(ChatStream *stream, const ChatResult &result);
    void printProgress();
    void writeLine(const QJsonObject &object);

    ChatClient &m_client;
    const ModelCatalog &m_catalog;
    CliOptions m_options;
    QList<PaneReport> m_reports;
    QHash<ChatStream *, int> m_pane;
    int m_running = 0;
    bool m_progress = false;
};

} // namespace maas::cli
