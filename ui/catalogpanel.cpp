#include "catalogpanel.h"

#include <array>

#include "catalogmodel.h"
#include "modeldetails.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

CatalogPanel::CatalogPanel(const ModelCatalog &catalog, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_today(today)
    , m_model(new CatalogModel(catalog, today, this))
    , m_proxy(new CatalogFilter(this))
    , m_location(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_usePane{new QPushButton(tr("Use in pane &1"), this), new QPushButton(tr("Use in pane &2"), this)}
{
    m_proxy->setSourceModel(m_model);

    // Filters: what the model must offer, and where it must be served.
    auto *filters = new QHBoxLayout;
    filters->setSpacing(2);
    const std::array<std::tuple<CatalogFilter::Need, QString, QString, QString>, 5> needs{{
        {CatalogFilter::Need::Thinking, u"thinkingFilter"_s, tr("Thinking"),
         tr("Only models that show their reasoning")},
        {CatalogFilter::Need::Vision, u"visionFilter"_s, tr("Vision"), tr("Only models that read images")},
        {CatalogFilter::Need::Embeddings, u"embeddingsFilter"_s, tr("Embeddings"), tr("Only embedding models")},
        {CatalogFilter::Need::Global, u"globalFilter"_s, tr("Global"), tr("Only models the global endpoint serves")},
        {CatalogFilter::Need::NotRetired, u"hideRetiredFilter"_s, tr("Hide retired"), tr("Hide retired models")},
    }};
    QList<QWidget *> tabOrder{m_search}; // what the panel shows, top to bottom
    for (const auto &[need, name, text, tip] : needs) {
        auto *button = new QToolButton(this);
        tabOrder << button;
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setCheckable(true);
        button->setProperty("need", int(need));
        filters->addWidget(button);
        connect(button, &QToolButton::toggled, this, &CatalogPanel::applyFilters);
    }
    filters->addStretch(1);
    m_location->setObjectName(u"locationFilter"_s);
    m_location->setAccessibleName(tr("Only models served at this location"));
    m_location->addItem(tr("Any location"), QString());
    QStringList locations;
    for (const ModelInfo &m : catalog.models())
        for (const QString &l : m.locations())
            if (!locations.contains(l))
                locations << l;
    std::sort(locations.begin(), locations.end());
    for (const QString &l : std::as_const(locations))
        m_location->addItem(l, l);
    connect(m_location, &QComboBox::currentIndexChanged, this, &CatalogPanel::applyFilters);

    m_search->setObjectName(u"catalogSearch"_s);
    m_search->setPlaceholderText(tr("Search models, publishers, regions…"));
    m_search->setAccessibleName(tr("Search the model catalog"));
    m_search->setClearButtonEnabled(true);

    m_tree->setObjectName(u"catalogTree"_s);
    m_tree->setAccessibleName(tr("Model catalog"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->expandAll();

    m_details->setObjectName(u"modelDetails"_s);
    m_details->setAccessibleName(tr("Model details"));
    m_details->setOpenExternalLinks(false);
    m_details->setPlaceholderText(tr("Select a model to see where it is served, its limits and its price."));

    auto *buttons = new QHBoxLayout;
    for (int pane = 0; pane < 2; ++pane) {
        m_usePane[pane]->setObjectName(u"usePane%1Button"_s.arg(pane));
        m_usePane[pane]->setEnabled(false);
        buttons->addWidget(m_usePane[pane]);
        connect(m_usePane[pane], &QPushButton::clicked, this,
                [this, pane] { Q_EMIT useModelRequested(currentModelId(), pane); });
    }

    auto *issues = new QLabel(this);
    issues->setObjectName(u"catalogIssues"_s);
    issues->setWordWrap(true);
    issues->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!catalog.issues().isEmpty()) {
        QStringList lines;
        for (const CatalogIssue &issue : catalog.issues())
            lines << issue.toString().toHtmlEscaped();
        issues->setText(u"<b>%1</b><br>%2"_s.arg(
            tr("Some catalog entries were skipped; fix them and restart:").toHtmlEscaped(), lines.join(u"<br>"_s)));
        issues->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    }
    issues->setVisible(!catalog.issues().isEmpty());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    auto *detailsBox = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    detailsLayout->addLayout(buttons);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_location);
    layout->addWidget(issues);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearch(text);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogPanel::showDetails);
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (!currentModelId().isEmpty())
            Q_EMIT useModelRequested(currentModelId(), -1);
    });
    tabOrder << m_location << m_tree << m_details << m_usePane[0] << m_usePane[1];
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
}

void CatalogPanel::applyFilters()
{
    CatalogFilter::Needs needs;
    for (const QToolButton *button : findChildren<QToolButton *>()) {
        if (button->property("need").isValid() && button->isChecked())
            needs |= CatalogFilter::Need(button->property("need").toInt());
    }
    m_proxy->setNeeds(needs);
    m_proxy->setLocation(m_location->currentData().toString());
    m_tree->expandAll();
}

QString CatalogPanel::currentModelId() const
{
    return m_tree->currentIndex().data(CatalogModel::ModelIdRole).toString();
}

void CatalogPanel::selectModel(const QString &modelId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(modelId));
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void CatalogPanel::showDetails()
{
    const ModelInfo *model = m_model->modelAt(m_proxy->mapToSource(m_tree->currentIndex()));
    for (QPushButton *button : m_usePane)
        button->setEnabled(model != nullptr);
    if (!model) {
        m_details->clear();
        return;
    }
    m_details->setHtml(ModelDetails::html(*model, m_catalog, m_today));
}

} // namespace maas
