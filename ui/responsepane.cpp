#include "responsepane.h"

#include "modeldetails.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

ResponsePane::ResponsePane(const ModelCatalog &catalog, QDate today, int index, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_today(today)
    , m_index(index)
    , m_model(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_warning(new QLabel(this))
    , m_view(new QTextBrowser(this))
{
    setObjectName(u"responsePane%1"_s.arg(index));

    m_model->setObjectName(u"modelComboBox"_s);
    m_model->setAccessibleName(tr("Model of pane %1").arg(index + 1));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(18);
    m_model->setMaxVisibleItems(24);
    fillModels();

    // Any location can be typed: the catalog can be older than the service.
    m_location->setObjectName(u"locationComboBox"_s);
    m_location->setAccessibleName(tr("Location of pane %1").arg(index + 1));
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->setMinimumContentsLength(12);
    m_location->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[a-z]+(-[a-z]+[0-9]+)?"_s), m_location));
    m_location->setToolTip(tr("A region such as us-east5, a multi-region (us, eu) or global"));

    m_warning->setObjectName(u"paneWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_warning->hide();

    m_view->setObjectName(u"responseView"_s);
    m_view->setAccessibleName(tr("Answer of pane %1").arg(index + 1));

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>%1</b>").arg(index + 1), this);
    header->addWidget(title);
    header->addWidget(m_model, 3);
    header->addWidget(m_location, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_warning);
    layout->addWidget(m_view, 1);

    connect(m_model, &QComboBox::currentIndexChanged, this, &ResponsePane::onModelPicked);
    connect(m_location, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        updateHints();
        Q_EMIT locationChanged(m_index, text);
    });
    for (QWidget *w :
         {static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_location), static_cast<QWidget *>(m_view)})
        w->installEventFilter(this);
    setTabOrder(m_model, m_location);
    setTabOrder(m_location, m_view);
    onModelPicked();
}

void ResponsePane::fillModels()
{
    auto *items = new QStandardItemModel(m_model);
    for (const QString &publisher : m_catalog.publishers()) {
        QStandardItem *heading = nullptr;
        for (const ModelInfo &m : m_catalog.models()) {
            if (m.publisher != publisher)
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
    if (location.isEmpty())
        return;
    m_location->setCurrentText(location);
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
    }
    updateHints();
    if (info)
        m_view->setHtml(ModelDetails::html(*info, m_catalog, m_today) +
                        u"<hr><p><i>%1</i></p>"_s.arg(tr("The answer streams here when you run the prompt.")));
    else
        m_view->clear();
    m_view->setPlaceholderText(modelId().isEmpty() ? tr("Pick a model for this pane.") : QString());
    Q_EMIT modelChanged(m_index, modelId());
    Q_EMIT locationChanged(m_index, location());
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

bool ResponsePane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        Q_EMIT activated(m_index);
    return QWidget::eventFilter(watched, event);
}

} // namespace maas
