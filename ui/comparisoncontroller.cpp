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
    connect(&view, &ComparisonView::retryRequested, this, &ComparisonController::runPane);
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

void ComparisonController::runPane(int index)
{
    if (index < 0 || index >= m_view.paneCount())
        return;
    QString problem;
    const auto request = requestFor(index, &problem);
    if (!request) {
        Q_EMIT message(problem);
        return;
    }
    ResponsePane *pane = m_view.pane(index);
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
    connect(stream, &ChatStream::finished, this, [this](ChatStream *s) {
        s->deleteLater(); // the pane keeps a copy of the result
        if (--m_running == 0)
            Q_EMIT runningChanged(false);
    });
}

} // namespace maas
