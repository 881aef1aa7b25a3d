#pragma once

#include "catalog/modelcatalog.h"
#include "client/chatstream.h"
#include "prompt/runparameters.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace KSyntaxHighlighting {
class Repository;
}

namespace maas {

class PaneOverrides;
class PaneChrome;
class PaneStatus;
class ResponseView;

// One column of the comparison: which model at which location, its streamed answer (thinking set
// apart), its metrics, and its own stop / retry / copy.
class ResponsePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsePane)

public:
    ResponsePane(const ModelCatalog &catalog, QDate today, int index, KSyntaxHighlighting::Repository &repository,
                 QWidget *parent = nullptr);
    ~ResponsePane() override;

    int index() const { return m_index; }
    void setIndex(int index);
    QString modelId() const;
    // Picks a model by catalog id or exact request id; an id the catalog lacks is kept and marked.
    void setModelId(const QString &modelId);
    QString location() const;
    void setLocation(const QString &location);
    // Refills the model picker after the catalog changed, keeping the chosen model and location.
    void reloadModels();
    // This pane's own parameters on top of the shared ones (shown as a badge under the header).
    ParameterOverrides overrides() const;
    void setOverrides(const ParameterOverrides &overrides);
    PaneOverrides *overridesWidget() const { return m_overrides; }
    // Shows why this pane did not start (e.g. a text-only model and an attached image) where its
    // answer would be; the previous answer is cleared so it is not taken for this run's.
    void showRefusal(const QString &problem);

    // Shows this stream live; a running one is cancelled first. The pane does not own the stream.
    // A new conversation clears the pane; a follow-up keeps the transcript and adds the new turn.
    void begin(ChatStream *stream);
    void beginFollowUp(ChatStream *stream, const QString &prompt);
    // Runs the last turn again (same request), replacing its answer.
    void beginRetry(ChatStream *stream);
    const std::optional<ChatRequest> &lastRequest() const { return m_lastRequest; }
    // The conversation so far, ending with the last answer (partial answers included): what a
    // follow-up sends before the new prompt. Empty before the first answer.
    QList<ChatMessage> conversation() const;
    bool canFollowUp() const { return !isRunning() && m_lastResult && !m_lastResult->text.isEmpty(); }
    bool isRunning() const { return m_stream && !m_stream->isFinished(); }
    void stop();
    // Whether the header's move buttons can move this pane left / right.
    void setMovable(bool left, bool right);
    QString answerMarkdown() const;
    QString thinkingText() const;
    const std::optional<ChatResult> &lastResult() const { return m_lastResult; }
    ResponseView *view() const { return m_view; }
    PaneStatus *status() const { return m_status; }

Q_SIGNALS:
    void modelChanged(int pane, const QString &modelId);
    void locationChanged(int pane, const QString &location);
    void activated(int pane);
    void retryRequested(int pane);
    void followUpHereRequested(int pane);
    void removeRequested(int pane);
    void overridesChanged(int pane);
    void moveRequested(int pane, int offset); // -1: one place left, +1: right
    void streamFinished(int pane, const maas::ChatResult &result);
    // "Check access…" under an error: run the access doctor for this pane's model and location.
    void accessCheckRequested(int pane, const QString &modelId, const QString &location);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillModels();
    void onModelPicked();
    void updateHints();
    void showCard();
    void onEvent(ChatStream *stream, const StreamEvent &event);
    void onFinished(ChatStream *stream, const ChatResult &result);
    void setRunning(bool running);
    void updateThinkingButton();
    void start(ChatStream *stream);

    const ModelCatalog &m_catalog;
    QDate m_today;
    int m_index;
    QLabel *m_title;
    QComboBox *m_model;
    QComboBox *m_location;
    QToolButton *m_stop;
    QToolButton *m_retry;
    QToolButton *m_copy;
    QToolButton *m_raw;
    QToolButton *m_followUpHere;
    QToolButton *m_remove;
    PaneOverrides *m_overrides;
    QToolButton *m_moveLeft;
    QToolButton *m_moveRight;
    QLabel *m_warning;
    QToolButton *m_thinkingToggle;
    ResponseView *m_thinking;
    QStackedWidget *m_stack; // the model's card until a run starts, then the answer
    QTextBrowser *m_card;
    ResponseView *m_view;
    QLabel *m_error;
    QLabel *m_metrics;
    std::unique_ptr<PaneChrome> m_chrome; // header and footer rows, wide or narrow
    PaneStatus *m_status;                 // live state line, and the dot in the header
    QPointer<ChatStream> m_stream;
    std::optional<ChatResult> m_lastResult;
    QList<ChatMessage> m_history; // turns before the one shown last
    ChatMessage m_pendingMessage; // the user message of the turn being streamed (with its images)
    QString m_transcriptBefore;   // the view's Markdown before the last turn's answer
    std::optional<ChatRequest> m_lastRequest;
    qint64 m_thinkingChars = 0;
};

} // namespace maas
