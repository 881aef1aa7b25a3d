#include "comparisoncontroller.h"

#include "client/chatclient.h"

#include "comparisonview.h"
#include "paneoverrides.h"
#include "prompt/promptvariables.h"
#include "prompteditor.h"
#include "responsepane.h"
#include <QLocale>

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
    connect(&view, &ComparisonView::panesChanged, this, &ComparisonController::connectPanes);
    connectPanes();
}

void ComparisonController::connectPanes()
{
    // A pane's parameter dialog starts from the shared values it overrides.
    for (int i = 0; i < m_view.paneCount(); ++i)
        m_view.pane(i)->overridesWidget()->setSharedParameters([this] { return m_editor.parameters(); });
}

bool ComparisonController::substituteVariables(ChatRequest &request, const QString &system, const QString &user,
                                               QString *problem) const
{
    const QHash<QString, QString> values = m_editor.variableValues();
    const prompt::Substitution s = prompt::substituteVariables(system, values);
    const prompt::Substitution u = prompt::substituteVariables(user, values);
    QStringList missing;
    for (const QString &name : s.missing + u.missing) {
        if (!missing.contains(u"{{"_s + name + u"}}"_s))
            missing << u"{{"_s + name + u"}}"_s;
    }
    if (!missing.isEmpty()) {
        *problem = tr("No value for %1: fill it in the Variables table (or write \\{{ to send the braces as text).")
                       .arg(QLocale().createSeparatedList(missing));
        return false;
    }
    request.system = s.text;
    request.messages = {ChatMessage{ChatMessage::Role::User, u.text, m_editor.images()}};
    return true;
}

std::optional<ChatRequest> ComparisonController::requestFor(int paneIndex, QString *problem, bool *paneSpecific) const
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
    // The pane's own parameters on top of the shared ones.
    const RunParameters p = pane->overrides().appliedTo(m_editor.parameters());
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
    if (!substituteVariables(r, m_editor.systemPrompt(), prompt, problem))
        return std::nullopt;
    if (!r.messages.last().images.isEmpty() && info && !info->modalities.testFlag(Modality::Vision)) {
        *problem = tr("%1 cannot read images; remove the image or pick a vision model.").arg(info->name);
        if (paneSpecific)
            *paneSpecific = true;
        return std::nullopt;
    }
    r.maxTokens = p.maxTokens;
    r.temperature = p.temperature;
    r.topP = p.topP;
    r.topK = p.topK;
    r.stopSequences = p.stopSequences;
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
        bool paneSpecific = false;
        if (auto request = requestFor(i, &problem, &paneSpecific))
            ready.append({i, *request});
        else if (paneSpecific)
            m_view.pane(i)->showRefusal(problem); // the other panes run
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
    ChatMessage next = r->messages.last();
    // Images stay in the history; the ones already sent in an earlier turn are not sent twice.
    next.images.removeIf([&messages](const ImageAttachment &image) {
        return std::any_of(messages.cbegin(), messages.cend(),
                           [&image](const ChatMessage &m) { return m.images.contains(image); });
    });
    messages << next;
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
    bool paneSpecific = false;
    const auto request = requestFor(index, &problem, &paneSpecific);
    if (!request) {
        if (paneSpecific)
            pane->showRefusal(problem);
        else
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
