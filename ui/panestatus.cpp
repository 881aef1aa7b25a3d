#include "panestatus.h"

#include "common/clock.h"
#include "statusdot.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// Fixed hues that read on light and dark palettes; the text says the same thing.
QColor colourOf(PaneState state)
{
    switch (state) {
    case PaneState::Idle:
        return {};
    case PaneState::Connecting:
    case PaneState::Waiting:
    case PaneState::Streaming:
        return QColor(0x1a, 0x73, 0xe8);
    case PaneState::Thinking:
        return QColor(0x9c, 0x4d, 0xcc);
    case PaneState::Retrying:
        return QColor(0xe3, 0x74, 0x00);
    case PaneState::Done:
        return QColor(0x1e, 0x8e, 0x3e);
    case PaneState::Stopped:
        return QColor(0x80, 0x86, 0x8b);
    case PaneState::Failed:
        return QColor(0xd9, 0x30, 0x25);
    }
    return {};
}

bool isActive(PaneState state)
{
    switch (state) {
    case PaneState::Connecting:
    case PaneState::Waiting:
    case PaneState::Thinking:
    case PaneState::Streaming:
    case PaneState::Retrying:
        return true;
    default:
        return false;
    }
}

} // namespace

PaneStatus::PaneStatus(QWidget *parent)
    : QWidget(parent)
    , m_dot(new StatusDot(12, this))
    , m_headerDot(new StatusDot(10, parent ? parent : this))
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"paneStatus"_s);
    m_label->setObjectName(u"paneStatusText"_s);
    m_headerDot->setObjectName(u"paneStatusDot"_s);
    if (!parent)
        m_headerDot->hide();
    // A long status must not widen a narrow pane: it is cut, and whole in the tooltip.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setMinimumWidth(0);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label, 1);
    // Coarse on purpose: the seconds and the rate change a few times a second, tokens far more often.
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &PaneStatus::refresh);
    setPaneNumber(1);
    render();
}

PaneStatus::~PaneStatus() = default;

void PaneStatus::setPaneNumber(int number)
{
    m_pane = number;
    m_label->setAccessibleName(tr("Status of pane %1").arg(number));
    m_headerDot->setAccessibleName(tr("Status of pane %1").arg(number));
    setAccessibleName(tr("Status of pane %1").arg(number));
}

void PaneStatus::track(ChatStream *stream)
{
    detach();
    m_stream = stream;
    m_clock = &stream->clock();
    m_phaseStartMs = now();
    m_attempt = 1;
    m_detail.clear();
    m_totalMs = -1;
    connect(stream, &ChatStream::event, this, &PaneStatus::onEvent);
    connect(stream, &ChatStream::retrying, this, &PaneStatus::onRetrying);
    connect(stream, &ChatStream::finished, this, &PaneStatus::onFinished);
    m_timer->start();
    setState(PaneState::Connecting);
}

void PaneStatus::showIdle()
{
    detach();
    m_detail.clear();
    setState(PaneState::Idle);
}

void PaneStatus::showRefused(const QString &problem)
{
    detach();
    m_detail = problem;
    m_totalMs = -1;
    setState(PaneState::Failed);
}

void PaneStatus::detach()
{
    if (m_stream)
        disconnect(m_stream, nullptr, this, nullptr);
    m_stream = nullptr;
}

qint64 PaneStatus::now() const
{
    return m_clock ? m_clock->msecsSinceEpoch() : 0;
}

void PaneStatus::onEvent(ChatStream *stream, const StreamEvent &e)
{
    if (stream != m_stream)
        return;
    // Per token this is a comparison or two; the text waits for the timer.
    switch (e.kind) {
    case StreamEvent::Kind::ThinkingDelta:
        if (m_state != PaneState::Thinking) {
            m_phaseStartMs = now();
            setState(PaneState::Thinking);
        }
        break;
    case StreamEvent::Kind::TextDelta:
        if (m_state != PaneState::Streaming)
            setState(PaneState::Streaming);
        break;
    default:
        // Anthropic's message_start (usage) and the like: the server is answering.
        if (m_state == PaneState::Connecting || m_state == PaneState::Retrying)
            setState(PaneState::Waiting);
        break;
    }
}

void PaneStatus::onRetrying(ChatStream *stream, int retry, qint64 delayMs, const UserError &why)
{
    if (stream != m_stream)
        return;
    m_retryDueMs = now() + delayMs;
    m_attempt = retry + 1;
    m_detail = why.title;
    setState(PaneState::Retrying);
}

void PaneStatus::onFinished(ChatStream *stream, const ChatResult &result)
{
    if (stream != m_stream)
        return;
    m_totalMs = result.metrics.totalMs;
    if (result.cancelled) {
        m_detail.clear();
        setState(PaneState::Stopped);
    } else if (result.error) {
        m_detail = result.error->title;
        setState(PaneState::Failed);
    } else {
        m_detail.clear();
        setState(PaneState::Done);
    }
}

void PaneStatus::refresh()
{
    if (isActive(m_state) && m_stream) {
        const StreamMetrics &m = m_stream->result().metrics;
        if (m_state == PaneState::Retrying && m_stream->pendingRetryMs() < 0) {
            m_phaseStartMs = now(); // the next attempt went out
            m_detail.clear();
            setState(m.firstByteMs < 0 ? PaneState::Connecting : PaneState::Waiting);
            return;
        }
        if (m_state == PaneState::Connecting && m.firstByteMs >= 0) {
            setState(PaneState::Waiting);
            return;
        }
    }
    render();
}

void PaneStatus::setState(PaneState state)
{
    const bool changed = state != m_state;
    m_state = state;
    if (isActive(state) && !m_timer->isActive())
        m_timer->start();
    else if (!isActive(state))
        m_timer->stop();
    render();
    if (changed)
        Q_EMIT stateChanged(state);
}

QString PaneStatus::text() const
{
    return m_label->text();
}

QString PaneStatus::seconds(qint64 ms)
{
    ms = qMax<qint64>(ms, 0);
    if (ms < 10000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    if (ms < 60000)
        return tr("%1 s").arg(ms / 1000);
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

QString PaneStatus::stateName(PaneState state)
{
    switch (state) {
    case PaneState::Idle:
        return tr("Idle");
    case PaneState::Connecting:
        return tr("Connecting…");
    case PaneState::Waiting:
        return tr("Waiting for the first token");
    case PaneState::Thinking:
        return tr("Thinking");
    case PaneState::Streaming:
        return tr("Streaming");
    case PaneState::Retrying:
        return tr("Retrying");
    case PaneState::Done:
        return tr("Done");
    case PaneState::Stopped:
        return tr("Stopped");
    case PaneState::Failed:
        return tr("Failed");
    }
    return {};
}

QString PaneStatus::describe() const
{
    const QLocale locale;
    const StreamMetrics metrics = m_stream ? m_stream->result().metrics : StreamMetrics();
    const qint64 sincePhase = now() - m_phaseStartMs;
    switch (m_state) {
    case PaneState::Connecting:
        return sincePhase < 1000 ? stateName(m_state) : tr("Connecting… · %1").arg(seconds(sincePhase));
    case PaneState::Waiting:
        return tr("Waiting for the first token · %1").arg(seconds(sincePhase));
    case PaneState::Thinking:
        return tr("Thinking · %1 · ~%2 tokens")
            .arg(seconds(sincePhase), locale.toString((metrics.thinkingChars + 3) / 4));
    case PaneState::Streaming: {
        // Mid-stream a reported count can be stale (Anthropic's message_start says 1), so the larger
        // of it and the 4-characters-a-token estimate is shown, marked when it is the estimate.
        const qint64 estimated = (metrics.outputChars + metrics.thinkingChars + 3) / 4;
        const bool estimate = metrics.usage.outputTokens < estimated;
        const qint64 tokens = estimate ? estimated : metrics.usage.outputTokens;
        QString s =
            (estimate ? tr("Streaming · ~%1 tokens") : tr("Streaming · %1 tokens")).arg(locale.toString(tokens));
        const qint64 span = metrics.lastTokenMs - metrics.firstTokenMs;
        if (metrics.firstTokenMs >= 0 && span > 0 && tokens >= 2)
            s += tr(" · %1 tok/s").arg(locale.toString(double(tokens - 1) * 1000.0 / double(span), 'f', 0));
        return s;
    }
    case PaneState::Retrying: {
        const qint64 left = qMax<qint64>(m_retryDueMs - now(), 0);
        return tr("Retrying in %1 s (attempt %2)").arg((left + 999) / 1000).arg(m_attempt);
    }
    case PaneState::Done:
        return m_totalMs >= 0 ? tr("Done · %1").arg(seconds(m_totalMs)) : stateName(m_state);
    case PaneState::Idle:
    case PaneState::Stopped:
    case PaneState::Failed:
        break;
    }
    return stateName(m_state);
}

void PaneStatus::render()
{
    const QString line = describe();
    const QString full = m_detail.isEmpty() ? line : tr("%1: %2").arg(line, m_detail);
    if (line == m_label->text() && full == m_label->toolTip()) { // only the mark moves
        m_dot->advance();
        m_headerDot->advance();
        return;
    }
    m_label->setText(line);
    const QColor colour = colourOf(m_state);
    for (StatusDot *dot : {m_dot, m_headerDot}) {
        dot->setLook(colour, isActive(m_state));
        dot->advance();
        dot->setToolTip(full);
        dot->setAccessibleDescription(full);
    }
    m_label->setToolTip(full);
    m_label->setAccessibleDescription(full);
    setAccessibleDescription(full);
}

} // namespace maas
