#include "comparisoncontroller.h"

#include "client/chatclient.h"
#include "comparisonview.h"
#include "prompteditor.h"
#include "responsepane.h"

using namespace Qt::StringLiterals;

namespace maas {

ComparisonController::ComparisonController(ChatClient &client, const ModelCatalog &catalog, ComparisonView &view,
                                           PromptEditor &editor, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_catalog(catalog)
    , m_view(view)
    , m_editor(editor)
{
    connect(&editor, &PromptEditor::runRequested, this, [this] {
        if (const QString why = runAll(); !why.isEmpty())
            Q_EMIT message(why);
    });
    connect(&editor, &PromptEditor::stopRequested, this, &ComparisonController::stopAll);
    connect(&editor, &PromptEditor::followUpRequested, this, [this] {
        if (const QString why = followUpAll(); !why.isEmpty())
            Q_EMIT message(why);
    });
    connect(&view, &ComparisonView::retryRequested, this, &ComparisonController::runPane);
    connect(&view, &ComparisonView::followUpHereRequested, this, &ComparisonController::followUpPane);
    connect(&view, &ComparisonView::panesChanged, this, &ComparisonController::updateFollowUp);
}

std::optional<ChatRequest> ComparisonController::requestFor(int paneIndex, QString *problem) const
{
    const ResponsePane *pane = m_view.pane(paneIndex);
    const QString id = pane->modelId();
    if (id.isEmpty()) {
        *problem = tr("Pane %1 has no model: pick one.").arg(paneIndex + 1);
        return std::nullopt;
    }
    const QString prompt = m_editor.userPrompt();
    if (prompt.trimmed().isEmpty()) {
        *problem = tr("Write a prompt first.");
        return std::nullopt;
    }
    const RunParameters p = m_editor.parameters();
    ChatRequest r;
    const ModelInfo *info = m_catalog.find(id);
    if (info) {
        r.family = info->family;
        r.model = info->requestId;
        r.thinkingFormat = info->thinkingFormat;
    } else if (const auto family = ChatClient::guessFamily(id)) {
        r.family = *family;
        r.model = id;
    } else {
        *problem = tr("Pane %1: '%2' is neither in the catalog nor an exact model id such as "
                      "claude-sonnet-4@20250514 or meta/llama-3.3-70b-instruct-maas.")
                       .arg(paneIndex + 1)
                       .arg(id);
        return std::nullopt;
    }
    r.system = m_editor.systemPrompt();
    r.messages = {ChatMessage{ChatMessage::Role::User, prompt}};
    r.maxTokens = p.maxTokens;
    r.temperature = p.temperature;
    const bool canThink = !info || info->thinkingMode == ThinkingMode::Budget ||
                          info->thinkingMode == ThinkingMode::Optional || info->thinkingMode == ThinkingMode::Adaptive;
    if (p.thinkingBudget > 0 && canThink) {
        r.thinkingBudget = p.thinkingBudget;
        // Claude needs room for the answer beyond the thinking budget.
        if (r.family == WireFamily::AnthropicVertex && r.maxTokens <= r.thinkingBudget)
            r.maxTokens = r.thinkingBudget + p.maxTokens;
    }
    return r;
}

QString ComparisonController::runAll()
{
    QStringList problems;
    QList<std::pair<int, ChatRequest>> ready;
    for (int i = 0; i < m_view.paneCount(); ++i) {
        QString problem;
        if (auto request = requestFor(i, &problem))
            ready.append({i, *request});
        else if (!problems.contains(problem))
            problems << problem;
    }
    if (ready.isEmpty())
        return problems.join(u' ');
    for (const auto &[index, request] : std::as_const(ready)) {
        ResponsePane *pane = m_view.pane(index);
        ChatStream *stream = m_client.start(request, pane->location());
        pane->begin(stream);
        track(stream);
    }
    return problems.join(u' ');
}

std::optional<ChatRequest> ComparisonController::followUpRequestFor(int index, QString *problem) const
{
    const ResponsePane *pane = m_view.pane(index);
    if (!pane->canFollowUp()) {
        *problem = tr("Pane %1 has no answer to follow up on yet.").arg(index + 1);
        return std::nullopt;
    }
    std::optional<ChatRequest> r = requestFor(index, problem);
    if (!r)
        return std::nullopt;
    QList<ChatMessage> messages = pane->conversation();
    messages << r->messages.last();
    r->messages = messages;
    return r;
}

QString ComparisonController::followUpAll()
{
    QStringList problems;
    int started = 0;
    for (int i = 0; i < m_view.paneCount(); ++i) {
        if (!m_view.pane(i)->canFollowUp())
            continue;
        QString problem;
        const auto request = followUpRequestFor(i, &problem);
        if (!request) {
            problems << problem;
            continue;
        }
        ChatStream *stream = m_client.start(*request, m_view.pane(i)->location());
        m_view.pane(i)->beginFollowUp(stream, request->messages.last().text);
        track(stream);
        ++started;
    }
    if (started == 0 && problems.isEmpty())
        problems << tr("No pane has an answer to follow up on: run the prompt first.");
    return problems.join(u' ');
}

void ComparisonController::followUpPane(int index)
{
    if (index < 0 || index >= m_view.paneCount())
        return;
    QString problem;
    const auto request = followUpRequestFor(index, &problem);
    if (!request) {
        Q_EMIT message(problem);
        return;
    }
    ChatStream *stream = m_client.start(*request, m_view.pane(index)->location());
    m_view.pane(index)->beginFollowUp(stream, request->messages.last().text);
    track(stream);
}

void ComparisonController::updateFollowUp()
{
    bool can = false;
    for (int i = 0; i < m_view.paneCount(); ++i)
        can = can || m_view.pane(i)->canFollowUp();
    m_editor.setCanFollowUp(can && m_running == 0);
}

void ComparisonController::runPane(int index)
{
    if (index < 0 || index >= m_view.paneCount())
        return;
    ResponsePane *pane = m_view.pane(index);
    if (const auto &last = pane->lastRequest()) { // the same turn again, same history
        ChatStream *stream = m_client.start(*last, pane->location());
        pane->beginRetry(stream);
        track(stream);
        return;
    }
    QString problem;
    const auto request = requestFor(index, &problem);
    if (!request) {
        Q_EMIT message(problem);
        return;
    }
    ChatStream *stream = m_client.start(*request, pane->location());
    pane->begin(stream);
    track(stream);
}

void ComparisonController::stopAll()
{
    for (int i = 0; i < m_view.paneCount(); ++i)
        m_view.pane(i)->stop();
}

void ComparisonController::track(ChatStream *stream)
{
    if (m_running++ == 0)
        Q_EMIT runningChanged(true);
    updateFollowUp();
    connect(stream, &ChatStream::finished, this, [this](ChatStream *s) {
        s->deleteLater(); // the pane keeps a copy of the result
        if (--m_running == 0)
            Q_EMIT runningChanged(false);
        updateFollowUp();
    });
}

} // namespace maas
