#pragma once

#include "catalog/modelcatalog.h"
#include "wire/chatrequest.h"

#include <QObject>
#include <QPointer>

namespace maas {

class ChatClient;
class ChatStream;
class ComparisonView;
class PromptEditor;

// Turns the prompt and each pane's model and location into one request per pane, starts them all
// at once on the one client, and hands each stream to its pane.
class ComparisonController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonController)

public:
    ComparisonController(ChatClient &client, const ModelCatalog &catalog, ComparisonView &view, PromptEditor &editor,
                         QObject *parent = nullptr);

    // Starts every pane that has a model. Returns why nothing started, or an empty string.
    QString runAll();
    // Runs a pane's last turn again (its first request when it has none).
    void runPane(int pane);
    // Sends the prompt to every pane holding an answer, each as the next turn of its own conversation.
    QString followUpAll();
    // The same for one pane only ("continue with this pane"); the others keep their answers.
    void followUpPane(int pane);
    void stopAll();
    bool isRunning() const { return m_running > 0; }
    // The request a pane would send now (exposed for tests and "get code"): the prompts with their
    // variables substituted, the attached images, the shared parameters merged with the pane's
    // overrides. paneSpecific is set when the refusal concerns this pane only (an image for a
    // text-only model), so the others can still run.
    std::optional<ChatRequest> requestFor(int pane, QString *problem, bool *paneSpecific = nullptr) const;
    std::optional<ChatRequest> followUpRequestFor(int pane, QString *problem) const;

Q_SIGNALS:
    void runningChanged(bool running);
    void message(const QString &text);

private:
    void track(ChatStream *stream);
    void connectPanes();
    // Sets the request's system prompt and user message (with the attached images), the prompts'
    // {{variables}} replaced; false with a problem naming the variables that have no value.
    bool substituteVariables(ChatRequest &request, const QString &system, const QString &user, QString *problem) const;
    void updateFollowUp();

    ChatClient &m_client;
    const ModelCatalog &m_catalog;
    ComparisonView &m_view;
    PromptEditor &m_editor;
    int m_running = 0;
};

} // namespace maas
