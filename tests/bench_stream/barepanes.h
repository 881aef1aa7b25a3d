#pragma once

// The bare-Qt side of bench_stream: the same requests to the same emulator, read with
// QNetworkAccessManager, lines split by hand, each `data:` payload parsed with QJsonDocument, its
// text appended to a plain QTextEdit once per 16 ms frame. No Markdown, no highlighting, no
// metrics: what Qt alone costs for the same streams.

#include "wire/chatrequest.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QTextEdit;

namespace maas::bench {

class BarePanes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarePanes)

public:
    struct Target
    {
        ChatRequest request;
        QString location;
    };
    BarePanes(QNetworkAccessManager &network, QUrl emulatorBase, QList<Target> targets, QObject *parent = nullptr);
    ~BarePanes() override;

    QWidget *window() const { return m_window.get(); }
    // Sends every pane's request; `turns` times per pane, one after the other.
    void run(int turns);
    qsizetype charsShown() const { return m_chars; }

Q_SIGNALS:
    void finished();

private:
    struct Pane
    {
        Target target;
        QTextEdit *edit = nullptr;
        QNetworkReply *reply = nullptr;
        QByteArray buffer;
        QString pending;
        int turnsLeft = 0;
    };
    void send(Pane &pane);
    void read(Pane &pane);
    void flush();

    QNetworkAccessManager &m_network;
    QUrl m_base;
    std::unique_ptr<QWidget> m_window;
    std::vector<Pane> m_panes;
    QTimer m_frame;
    int m_running = 0;
    qsizetype m_chars = 0;
};

} // namespace maas::bench
