#include "barepanes.h"

#include "vertex/endpointresolver.h"
#include "wire/wirecodec.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QTextEdit>

namespace maas::bench {

BarePanes::BarePanes(QNetworkAccessManager &network, QUrl emulatorBase, QList<Target> targets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_base(std::move(emulatorBase))
    , m_window(std::make_unique<QWidget>())
{
    auto *layout = new QHBoxLayout(m_window.get());
    m_panes.resize(std::size_t(targets.size()));
    for (qsizetype i = 0; i < targets.size(); ++i) {
        Pane &pane = m_panes[std::size_t(i)];
        pane.target = targets.at(i);
        pane.edit = new QTextEdit(m_window.get());
        pane.edit->setReadOnly(true);
        pane.edit->setUndoRedoEnabled(false);
        layout->addWidget(pane.edit);
    }
    m_frame.setTimerType(Qt::PreciseTimer);
    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, &BarePanes::flush);
}

BarePanes::~BarePanes() = default;

void BarePanes::run(int turns)
{
    m_frame.start();
    for (Pane &pane : m_panes) {
        pane.turnsLeft = turns;
        send(pane);
    }
}

void BarePanes::send(Pane &pane)
{
    const std::unique_ptr<WireCodec> codec = makeCodec(pane.target.request.family);
    const EndpointResolver resolver(QStringLiteral("bench-project"), m_base);
    QNetworkRequest request(resolver.url(pane.target.location, codec->path(pane.target.request)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer bench-token");
    --pane.turnsLeft;
    ++m_running;
    pane.reply = m_network.post(request, codec->body(pane.target.request));
    connect(pane.reply, &QNetworkReply::readyRead, this, [this, &pane] { read(pane); });
    connect(pane.reply, &QNetworkReply::finished, this, [this, &pane] {
        read(pane);
        pane.reply->deleteLater();
        pane.reply = nullptr;
        if (--m_running > 0)
            return;
        // Like the app's Follow up, the next turn starts when every pane has answered.
        if (pane.turnsLeft > 0) {
            for (Pane &each : m_panes) {
                each.pending += QStringLiteral("\n\n");
                send(each);
            }
            return;
        }
        flush();
        m_frame.stop();
        Q_EMIT finished();
    });
}

void BarePanes::read(Pane &pane)
{
    pane.buffer += pane.reply->readAll();
    qsizetype from = 0;
    for (qsizetype end = pane.buffer.indexOf('\n'); end >= 0; end = pane.buffer.indexOf('\n', from)) {
        const QByteArrayView line = QByteArrayView(pane.buffer).sliced(from, end - from).trimmed();
        from = end + 1;
        if (!line.startsWith("data:"))
            continue;
        const QByteArrayView payload = line.sliced(5).trimmed();
        if (payload == "[DONE]")
            continue;
        const QJsonObject event = QJsonDocument::fromJson(payload.toByteArray()).object();
        // Anthropic: delta.text / delta.thinking; OpenAI-compatible and Mistral: choices[0].delta.
        QJsonObject delta = event.value(QLatin1StringView("delta")).toObject();
        if (delta.isEmpty())
            delta = event.value(QLatin1StringView("choices"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(QLatin1StringView("delta"))
                        .toObject();
        for (const char *key : {"text", "thinking", "content", "reasoning_content"})
            pane.pending += delta.value(QLatin1StringView(key)).toString();
    }
    pane.buffer.remove(0, from);
}

void BarePanes::flush()
{
    for (Pane &pane : m_panes) {
        if (pane.pending.isEmpty())
            continue;
        QTextCursor cursor(pane.edit->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(pane.pending);
        m_chars += pane.pending.size();
        pane.pending.clear();
        pane.edit->verticalScrollBar()->setValue(pane.edit->verticalScrollBar()->maximum());
    }
}

} // namespace maas::bench
