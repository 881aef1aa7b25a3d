#pragma once

#include "client/chatstream.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace maas {

class Clock;
class StatusDot;

// What a pane is doing, in the order a run passes through it.
enum class PaneState
{
    Idle,
    Connecting, // the request is out, no byte back yet
    Waiting,    // the server answered, no token yet
    Thinking,   // reasoning tokens arrive, no answer text yet
    Streaming,  // answer text arrives
    Retrying,   // a retry is scheduled
    Done,
    Stopped,
    Failed,
};

// A pane's live state as one line of text with a turning mark ("Thinking · 14 s · ~820 tokens"),
// plus a compact dot for the pane header so six panes can be scanned. It follows a ChatStream on
// its own; times come from the stream's Clock, sizes and rates from its metrics, and the text is
// redone by a coarse timer (a few times a second while running), never per token.
class PaneStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneStatus)

public:
    explicit PaneStatus(QWidget *parent = nullptr);
    ~PaneStatus() override;

    // For accessible names ("Status of pane 2"); 1-based.
    void setPaneNumber(int number);
    // Follows this stream from now on (a stream followed before is let go).
    void track(ChatStream *stream);
    void showIdle();
    // The run did not start: shown as failed, with the problem as the description.
    void showRefused(const QString &problem);
    // Redoes the text from the clock and the metrics now (the coarse timer calls it).
    void refresh();

    PaneState state() const { return m_state; }
    QString text() const;
    // The compact mark for the pane header; owned by this widget's parent.
    StatusDot *headerDot() const { return m_headerDot; }

    // "850 ms" is too precise for a status: "0.8 s", "14 s", "2 min 05 s".
    static QString seconds(qint64 ms);
    static QString stateName(PaneState state);

Q_SIGNALS:
    void stateChanged(maas::PaneState state);

private:
    void onEvent(ChatStream *stream, const StreamEvent &event);
    void onRetrying(ChatStream *stream, int retry, qint64 delayMs, const UserError &why);
    void onFinished(ChatStream *stream, const ChatResult &result);
    void setState(PaneState state);
    QString describe() const;
    void render();
    // Stops listening to the stream shown so far.
    void detach();
    qint64 now() const;

    StatusDot *m_dot;
    StatusDot *m_headerDot;
    QLabel *m_label;
    QTimer *m_timer;
    QPointer<ChatStream> m_stream;
    Clock *m_clock = nullptr; // the followed stream's clock
    PaneState m_state = PaneState::Idle;
    int m_pane = 1;
    qint64 m_phaseStartMs = 0; // when the current attempt or phase began, on m_clock
    qint64 m_retryDueMs = 0;
    int m_attempt = 1;
    QString m_detail; // why it is retrying, failed or stopped
    qint64 m_totalMs = -1;
};

} // namespace maas
