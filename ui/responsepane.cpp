#include "responsepane.h"

#include "metricsformat.h"
#include "modeldetails.h"
#include "panechrome.h"
#include "paneoverrides.h"
#include "panestatus.h"
#include "responseview.h"
#include "statusdot.h"
#include "warningstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ResponsePane::ResponsePane(const ModelCatalog &catalog, QDate today, int index,
                           KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_today(today)
    , m_index(index)
    , m_title(new QLabel(this))
    , m_model(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_stop(toolButton(this, u"stopButton"_s, tr("Stop"), tr("Stop this pane")))
    , m_retry(toolButton(this, u"retryButton"_s, tr("Retry"), tr("Run this pane again")))
    , m_copy(toolButton(this, u"copyButton"_s, tr("Copy"), tr("Copy the answer as Markdown")))
    , m_raw(toolButton(this, u"rawButton"_s, tr("Raw"), tr("Show the answer as raw text")))
    , m_followUpHere(toolButton(this, u"followUpHereButton"_s, tr("Follow up here"),
                                tr("Send the prompt as a follow-up to this pane only; the others keep their answers")))
    , m_remove(toolButton(this, u"removeButton"_s, u"✕"_s, tr("Remove this pane")))
    , m_overrides(new PaneOverrides(this))
    , m_moveLeft(toolButton(this, u"moveLeftButton"_s, u"◀"_s, tr("Move this pane left")))
    , m_moveRight(toolButton(this, u"moveRightButton"_s, u"▶"_s, tr("Move this pane right")))
    , m_warning(new QLabel(this))
    , m_thinkingToggle(toolButton(this, u"thinkingToggle"_s, tr("Thinking"), tr("Show or hide the reasoning")))
    , m_thinking(new ResponseView(repository, this))
    , m_stack(new QStackedWidget(this))
    , m_card(new QTextBrowser(m_stack))
    , m_view(new ResponseView(repository, m_stack))
    , m_error(new QLabel(this))
    , m_metrics(new QLabel(this))
    , m_status(new PaneStatus(this))
{
    setIndex(index);

    m_model->setObjectName(u"modelComboBox"_s);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(12);
    m_model->setMaxVisibleItems(24);
    fillModels();

    // Any location can be typed: the catalog can be older than the service.
    m_location->setObjectName(u"locationComboBox"_s);
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->setMinimumContentsLength(9);
    m_location->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[a-z]+(-[a-z]+[0-9]+)?"_s), m_location));
    m_location->setToolTip(tr("A region such as us-east5, a multi-region (us, eu) or global"));

    m_raw->setCheckable(true);
    m_stop->setEnabled(false);
    m_retry->setEnabled(false);

    m_warning->setObjectName(u"paneWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QString(kWarningLabelStyle));
    m_warning->hide();

    m_thinkingToggle->setCheckable(true);
    m_thinkingToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_thinkingToggle->setArrowType(Qt::RightArrow);
    m_thinkingToggle->hide();
    m_thinking->setObjectName(u"thinkingView"_s);
    m_thinking->setAccessibleName(tr("Reasoning of pane %1").arg(index + 1));
    m_thinking->setMaximumHeight(180);
    m_thinking->hide();

    m_view->setObjectName(u"responseView"_s);
    m_card->setObjectName(u"modelCard"_s);
    m_stack->addWidget(m_card);
    m_stack->addWidget(m_view);
    m_error->setObjectName(u"paneError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                     Qt::LinksAccessibleByKeyboard);
    connect(m_error, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"maas:check-access")
            Q_EMIT accessCheckRequested(m_index, modelId(), location());
    });
    m_error->setStyleSheet(
        u"QLabel { color: #b3261e; border: 1px solid #e8b4b0; border-radius: 4px; padding: 6px; }"_s);
    m_error->hide();
    m_metrics->setObjectName(u"metricsBar"_s);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metrics->setAccessibleName(tr("Metrics of pane %1").arg(index + 1));

    m_chrome = std::make_unique<PaneChrome>(
        PaneChrome::Header{m_status->headerDot(), m_title, m_model, m_location, m_moveLeft, m_moveRight,
                           m_overrides->editButton(), m_remove},
        m_metrics,
        QList<PaneChrome::Button>{
            {m_stop, m_stop->text(), tr("■", "stop button of a narrow pane")},
            {m_retry, m_retry->text(), tr("↻", "retry button of a narrow pane")},
            {m_followUpHere, m_followUpHere->text(), tr("↪", "follow-up button of a narrow pane")},
            {m_copy, m_copy->text(), tr("Copy", "copy button of a narrow pane")},
            {m_raw, m_raw->text(), tr("Raw", "raw-text button of a narrow pane")}});
    m_followUpHere->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(m_chrome->headerLayout());
    layout->addWidget(m_overrides);
    layout->addWidget(m_warning);
    layout->addWidget(m_status);
    layout->addWidget(m_thinkingToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_thinking);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_error);
    layout->addLayout(m_chrome->footerLayout());

    connect(m_model, &QComboBox::currentIndexChanged, this, &ResponsePane::onModelPicked);
    connect(m_location, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        updateHints();
        Q_EMIT locationChanged(m_index, text);
    });
    connect(m_stop, &QToolButton::clicked, this, &ResponsePane::stop);
    connect(m_retry, &QToolButton::clicked, this, [this] { Q_EMIT retryRequested(m_index); });
    connect(m_followUpHere, &QToolButton::clicked, this, [this] { Q_EMIT followUpHereRequested(m_index); });
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_index); });
    connect(m_overrides, &PaneOverrides::overridesChanged, this, [this] { Q_EMIT overridesChanged(m_index); });
    connect(m_moveLeft, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(m_index, -1); });
    connect(m_moveRight, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(m_index, +1); });
    connect(m_copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_view->markdown()); });
    connect(m_raw, &QToolButton::toggled, m_view, &ResponseView::setRawMode);
    connect(m_thinkingToggle, &QToolButton::toggled, this, [this](bool open) {
        m_thinking->setVisible(open);
        m_thinkingToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    for (QWidget *w : {static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_location),
                       static_cast<QWidget *>(m_view), static_cast<QWidget *>(m_card)})
        w->installEventFilter(this);
    // Tab follows the pane top to bottom: header, reasoning, answer, then the footer's buttons.
    const QList<QWidget *> tabOrder{m_model,  m_location,       m_moveLeft,     m_moveRight, m_overrides->editButton(),
                                    m_remove, m_thinkingToggle, m_thinking,     m_card,      m_view,
                                    m_stop,   m_retry,          m_followUpHere, m_copy,      m_raw};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    onModelPicked();
}

ResponsePane::~ResponsePane() = default;

void ResponsePane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_chrome->setNarrow(width() < PaneChrome::kNarrowWidth);
    // A narrow location field shows the start of the name ("us-cen"), not its end, unless in use.
    if (QLineEdit *edit = m_location->lineEdit(); edit && !edit->hasFocus())
        QTimer::singleShot(0, edit, [edit] { edit->setCursorPosition(0); });
}

void ResponsePane::setIndex(int index)
{
    m_index = index;
    setObjectName(u"responsePane%1"_s.arg(index));
    m_title->setText(u"<b>%1</b>"_s.arg(index + 1));
    m_model->setAccessibleName(tr("Model of pane %1").arg(index + 1));
    m_location->setAccessibleName(tr("Location of pane %1").arg(index + 1));
    m_view->setAccessibleName(tr("Answer of pane %1").arg(index + 1));
    m_card->setAccessibleName(tr("Model of pane %1: details").arg(index + 1));
    m_status->setPaneNumber(index + 1);
}

void ResponsePane::fillModels()
{
    auto *items = new QStandardItemModel(m_model);
    for (const QString &publisher : m_catalog.publishers()) {
        QStandardItem *heading = nullptr;
        for (const ModelInfo &m : m_catalog.models()) {
            if (m.publisher != publisher || m.isEmbedding())
                continue;
            if (!heading) {
                heading = new QStandardItem(m.publisherName);
                heading->setFlags(Qt::NoItemFlags);
                QFont font = heading->font();
                font.setBold(true);
                heading->setFont(font);
                items->appendRow(heading);
            }
            QString label = u"    "_s + m.name;
            if (m.stageOn(m_today) == LifecycleStage::Retired)
                label += tr(" (retired)");
            auto *item = new QStandardItem(label);
            item->setData(m.id, Qt::UserRole);
            item->setToolTip(m.requestId);
            items->appendRow(item);
        }
    }
    m_model->setModel(items);
    m_model->setCurrentIndex(-1);
}

void ResponsePane::reloadModels()
{
    // Signals stay blocked: the model did not change, so the answer shown must stay.
    const QString id = modelId();
    const QSignalBlocker blocker(m_model);
    fillModels();
    setModelId(id);
    updateHints();
}

QString ResponsePane::modelId() const
{
    return m_model->currentData(Qt::UserRole).toString();
}

void ResponsePane::setModelId(const QString &modelId)
{
    const ModelInfo *info = m_catalog.find(modelId);
    const QString id = info ? info->id : modelId;
    int row = m_model->findData(id, Qt::UserRole);
    if (row < 0 && !id.isEmpty()) {
        auto *items = qobject_cast<QStandardItemModel *>(m_model->model());
        auto *item = new QStandardItem(tr("%1 (not in catalog)").arg(id));
        item->setData(id, Qt::UserRole);
        items->appendRow(item);
        row = m_model->count() - 1;
    }
    m_model->setCurrentIndex(row);
}

QString ResponsePane::location() const
{
    return m_location->currentText().trimmed();
}

void ResponsePane::setLocation(const QString &location)
{
    if (!location.isEmpty())
        m_location->setCurrentText(location);
}

ParameterOverrides ResponsePane::overrides() const
{
    return m_overrides->overrides();
}

void ResponsePane::setOverrides(const ParameterOverrides &overrides)
{
    m_overrides->setOverrides(overrides);
}

void ResponsePane::showRefusal(const QString &problem)
{
    if (isRunning())
        stop();
    m_lastResult.reset();
    m_lastRequest.reset();
    m_history.clear();
    m_transcriptBefore.clear();
    m_view->clear();
    m_stack->setCurrentWidget(m_view);
    m_thinkingToggle->hide();
    m_thinking->hide();
    m_metrics->clear();
    m_error->setText(u"<b>%1</b>"_s.arg(problem.toHtmlEscaped()));
    m_error->show();
    m_status->showRefused(problem);
    setRunning(false);
}

void ResponsePane::onModelPicked()
{
    const ModelInfo *info = m_catalog.find(modelId());
    const QString previous = location();
    {
        const QSignalBlocker blocker(m_location);
        m_location->clear();
        if (info)
            m_location->addItems(info->locations());
        // Keep what the user chose if the new model is served there; otherwise the model's default.
        if (info && !previous.isEmpty() && info->servesLocation(previous))
            m_location->setCurrentText(previous);
        else if (info)
            m_location->setCurrentText(info->defaultLocation());
        else
            m_location->setCurrentText(previous.isEmpty() ? u"global"_s : previous);
        m_location->setEnabled(!info || info->endpoint.isEmpty());
    }
    updateHints();
    if (!isRunning()) { // an answer of another model would be misleading under this one's name
        m_lastResult.reset();
        m_lastRequest.reset();
        m_history.clear();
        m_transcriptBefore.clear();
        m_error->hide();
        m_metrics->clear();
        m_thinkingToggle->hide();
        m_thinking->hide();
        m_status->showIdle();
        showCard();
    }
    Q_EMIT modelChanged(m_index, modelId());
    Q_EMIT locationChanged(m_index, location());
}

void ResponsePane::showCard()
{
    const ModelInfo *info = m_catalog.find(modelId());
    if (info)
        m_card->setHtml(
            ModelDetails::html(*info, m_catalog, m_today) +
            u"<hr><p><i>%1</i></p>"_s.arg(tr("The answer streams here when you run the prompt (Ctrl+Enter).")));
    else
        m_card->clear();
    m_card->setPlaceholderText(modelId().isEmpty() ? tr("Pick a model for this pane.") : QString());
    m_stack->setCurrentWidget(m_card);
}

void ResponsePane::updateHints()
{
    const ModelInfo *info = m_catalog.find(modelId());
    QStringList hints;
    if (info) {
        const QString lifecycle = ModelDetails::lifecycleWarning(*info, m_catalog, m_today);
        if (!lifecycle.isEmpty())
            hints << lifecycle;
        const QString loc = location();
        if (!loc.isEmpty() && info->endpoint.isEmpty() && !info->servesLocation(loc)) {
            const QStringList known = info->locations();
            hints << tr("The catalog does not list %1 at %2 (it lists: %3). The request is still sent; "
                        "the server decides.")
                         .arg(info->name, loc, known.isEmpty() ? tr("none") : known.join(u", "_s));
        }
    } else if (!modelId().isEmpty()) {
        hints << tr("%1 is not in the catalog; it is sent as the exact model id.").arg(modelId());
    }
    m_warning->setText(hints.join(u'\n'));
    m_warning->setVisible(!hints.isEmpty());
}

void ResponsePane::begin(ChatStream *stream)
{
    m_history.clear();
    m_pendingMessage = stream->request().messages.isEmpty() ? ChatMessage() : stream->request().messages.last();
    m_view->clear();
    m_transcriptBefore.clear();
    start(stream);
}

void ResponsePane::beginRetry(ChatStream *stream)
{
    m_view->setMarkdown(m_transcriptBefore);
    start(stream);
}

void ResponsePane::beginFollowUp(ChatStream *stream, const QString &prompt)
{
    m_history = conversation();
    m_pendingMessage = stream->request().messages.isEmpty() ? ChatMessage(ChatMessage::Role::User, prompt)
                                                            : stream->request().messages.last();
    // The transcript stays: a rule, the follow-up as a quote, then the new answer streams below.
    QString quoted = prompt.trimmed();
    quoted.replace(u'\n', u"\n> "_s);
    m_view->append(u"\n\n---\n\n> **%1** %2\n\n"_s.arg(tr("Follow-up:"), quoted));
    m_view->flush();
    m_transcriptBefore = m_view->markdown();
    start(stream);
}

QList<ChatMessage> ResponsePane::conversation() const
{
    QList<ChatMessage> messages = m_history;
    if (m_lastResult && !m_lastResult->text.isEmpty()) {
        messages << m_pendingMessage;
        messages << ChatMessage{ChatMessage::Role::Assistant, m_lastResult->text};
    }
    return messages;
}

void ResponsePane::start(ChatStream *stream)
{
    m_status->track(stream); // first, so the old stream's cancellation below is not shown
    if (m_stream) {
        disconnect(m_stream, nullptr, this, nullptr);
        m_stream->cancel();
    }
    m_stream = stream;
    m_lastRequest = stream->request();
    m_lastResult.reset();
    m_thinkingChars = 0;
    m_stack->setCurrentWidget(m_view);
    m_thinking->clear();
    m_thinkingToggle->hide();
    m_thinking->hide();
    m_error->hide();
    m_metrics->clear(); // the status line above the answer is live; the summary comes at the end
    connect(stream, &ChatStream::event, this, &ResponsePane::onEvent);
    connect(stream, &ChatStream::finished, this, &ResponsePane::onFinished);
    setRunning(true);
}

void ResponsePane::setMovable(bool left, bool right)
{
    m_moveLeft->setEnabled(left);
    m_moveRight->setEnabled(right);
}

void ResponsePane::stop()
{
    if (m_stream)
        m_stream->cancel();
}

void ResponsePane::onEvent(ChatStream *stream, const StreamEvent &e)
{
    if (stream != m_stream) // a stream this pane no longer shows
        return;
    switch (e.kind) {
    case StreamEvent::Kind::TextDelta:
        m_view->append(e.text);
        break;
    case StreamEvent::Kind::ThinkingDelta:
        m_thinkingChars += e.text.size();
        m_thinking->append(e.text);
        updateThinkingButton();
        break;
    default:
        break;
    }
}

void ResponsePane::updateThinkingButton()
{
    m_thinkingToggle->setVisible(m_thinkingChars > 0);
    m_thinking->setVisible(m_thinkingChars > 0 && m_thinkingToggle->isChecked());
    m_thinkingToggle->setText(tr("Thinking · ~%1 tokens").arg(QLocale().toString((m_thinkingChars + 3) / 4)));
}

void ResponsePane::onFinished(ChatStream *stream, const ChatResult &result)
{
    if (stream != m_stream)
        return;
    m_view->finish();
    m_thinking->finish();
    m_lastResult = result;
    setRunning(false);
    const ModelInfo *info = m_catalog.find(stream->request().model);
    m_metrics->setText(MetricsFormat::summary(result, result.metrics.cost(info ? info->pricing : std::nullopt)));
    if (result.error) {
        const UserError &e = *result.error;
        QString html = u"<b>%1</b>"_s.arg(e.title.toHtmlEscaped());
        if (!e.detail.isEmpty())
            html += u"<br>%1"_s.arg(e.detail.toHtmlEscaped());
        if (!e.remedy.isEmpty())
            html += u"<br><i>%1</i> %2"_s.arg(tr("What to do:"), e.remedy.toHtmlEscaped());
        if (!result.text.isEmpty())
            html += u"<br>%1"_s.arg(tr("The answer above is incomplete."));
        html += u"<br><a href=\"maas:check-access\">%1</a>"_s.arg(tr("Check access…"));
        m_error->setText(html);
        m_error->show();
    }
    Q_EMIT streamFinished(m_index, result);
}

void ResponsePane::setRunning(bool running)
{
    m_stop->setEnabled(running);
    m_retry->setEnabled(!running);
    m_followUpHere->setEnabled(!running && m_lastResult && !m_lastResult->text.isEmpty());
    m_model->setEnabled(!running);
}

QString ResponsePane::answerMarkdown() const
{
    return m_view->markdown();
}

QString ResponsePane::thinkingText() const
{
    return m_thinking->markdown();
}

bool ResponsePane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        Q_EMIT activated(m_index);
    return QWidget::eventFilter(watched, event);
}

} // namespace maas
