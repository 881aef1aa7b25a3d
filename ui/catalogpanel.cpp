#include "catalogpanel.h"

#include <array>

#include "catalogmodel.h"
#include "modeldetails.h"
#include "warningstyle.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
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
    , m_issues(new QLabel(this))
    , m_addCustom(new QToolButton(this))
    , m_refresh(new QToolButton(this))
    , m_gardenProgress(new QProgressBar(this))
    , m_gardenMessage(new QLabel(this))
    , m_favouriteAction(new QAction(tr("Add to &favourites"), this))
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
    fillLocations();
    connect(m_location, &QComboBox::currentIndexChanged, this, &CatalogPanel::applyFilters);

    m_search->setObjectName(u"catalogSearch"_s);
    m_search->setPlaceholderText(tr("Search models, publishers, regions…"));
    m_search->setAccessibleName(tr("Search the model catalog"));
    m_search->setClearButtonEnabled(true);

    // Catalog actions: custom models and the live listing.
    m_addCustom->setObjectName(u"addCustomModelButton"_s);
    m_addCustom->setText(tr("Add custom model…"));
    m_addCustom->setToolTip(tr("Add an OpenAI-compatible endpoint or a Vertex AI model the catalog lacks"));
    m_refresh->setObjectName(u"refreshGardenButton"_s);
    m_refresh->setText(tr("Refresh from Model Garden"));
    m_refresh->setToolTip(tr("List the publisher models of Model Garden and mark which catalog entries it "
                             "lists, which it does not, and which are new"));
    m_gardenProgress->setObjectName(u"gardenProgress"_s);
    m_gardenProgress->setAccessibleName(tr("Model Garden refresh progress"));
    m_gardenProgress->setMaximumHeight(14);
    m_gardenProgress->setTextVisible(false);
    m_gardenProgress->hide();
    m_gardenMessage->setObjectName(u"gardenMessage"_s);
    m_gardenMessage->setWordWrap(true);
    m_gardenMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gardenMessage->hide();
    auto *actions = new QHBoxLayout;
    actions->setSpacing(2);
    actions->addWidget(m_addCustom);
    actions->addWidget(m_refresh);
    actions->addStretch(1);
    connect(m_addCustom, &QToolButton::clicked, this, &CatalogPanel::addCustomModelRequested);
    connect(m_refresh, &QToolButton::clicked, this, &CatalogPanel::refreshGardenRequested);

    m_tree->setObjectName(u"catalogTree"_s);
    m_tree->setAccessibleName(tr("Model catalog"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->expandAll();
    connect(m_tree, &QWidget::customContextMenuRequested, this, &CatalogPanel::showContextMenu);

    m_favouriteAction->setObjectName(u"favouriteAction"_s);
    m_favouriteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_favouriteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_favouriteAction);
    connect(m_favouriteAction, &QAction::triggered, this, [this] {
        if (!currentModelId().isEmpty())
            toggleFavourite(currentModelId());
    });

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

    m_issues->setObjectName(u"catalogIssues"_s);
    m_issues->setWordWrap(true);
    m_issues->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues->setStyleSheet(QString(kWarningLabelStyle));
    updateIssues();

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
    layout->addLayout(actions);
    layout->addWidget(m_gardenProgress);
    layout->addWidget(m_gardenMessage);
    layout->addWidget(m_issues);
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

void CatalogPanel::fillLocations()
{
    const QString current = m_location->currentData().toString();
    QStringList locations;
    for (const ModelInfo &m : m_catalog.models())
        for (const QString &l : m.locations())
            if (!locations.contains(l))
                locations << l;
    std::sort(locations.begin(), locations.end());
    const QSignalBlocker blocker(m_location);
    while (m_location->count() > 1)
        m_location->removeItem(1);
    for (const QString &l : std::as_const(locations))
        m_location->addItem(l, l);
    m_location->setCurrentIndex(std::max(0, m_location->findData(current)));
}

void CatalogPanel::updateIssues()
{
    if (!m_catalog.issues().isEmpty()) {
        QStringList lines;
        for (const CatalogIssue &issue : m_catalog.issues())
            lines << issue.toString().toHtmlEscaped();
        m_issues->setText(u"<b>%1</b><br>%2"_s.arg(
            tr("Some catalog entries were skipped; fix them and save the file (the catalog reloads):").toHtmlEscaped(),
            lines.join(u"<br>"_s)));
    }
    m_issues->setVisible(!m_catalog.issues().isEmpty());
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

void CatalogPanel::setFavourites(const QStringList &ids)
{
    const QString current = currentModelId();
    m_favourites = ids;
    m_model->setFavourites(ids);
    m_tree->expandAll();
    selectModel(current);
}

void CatalogPanel::toggleFavourite(const QString &modelId)
{
    QStringList ids = m_favourites;
    if (ids.contains(modelId))
        ids.removeAll(modelId);
    else
        ids << modelId;
    setFavourites(ids);
    Q_EMIT favouritesChanged(m_favourites);
}

void CatalogPanel::changeCatalog(const std::function<void()> &change)
{
    const QString current = currentModelId();
    m_model->reload(change);
    updateIssues();
    fillLocations(); // a custom model may be served somewhere new
    applyFilters();
    selectModel(current);
    showDetails();
}

void CatalogPanel::setGardenMerge(const GardenMerge &merge)
{
    const QString current = currentModelId();
    m_model->setGardenMarks(merge.marks);
    m_tree->expandAll();
    selectModel(current);
    showDetails();
}

void CatalogPanel::setGardenProgress(int done, int total, const QString &publisher)
{
    m_refresh->setEnabled(total == 0);
    m_gardenProgress->setVisible(total > 0);
    m_gardenProgress->setRange(0, std::max(total, 1));
    m_gardenProgress->setValue(done);
    if (total > 0)
        setGardenMessage(tr("Listing Model Garden: %1 (%2 of %3)…").arg(publisher).arg(done + 1).arg(total), false);
}

void CatalogPanel::setGardenMessage(const QString &text, bool error)
{
    m_gardenMessage->setText(text);
    m_gardenMessage->setStyleSheet(error ? QString(kWarningLabelStyle) : QString());
    m_gardenMessage->setVisible(!text.isEmpty());
}

QString CatalogPanel::gardenMessage() const
{
    return m_gardenMessage->text();
}

void CatalogPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    const QString id = index.data(CatalogModel::ModelIdRole).toString();
    const ModelInfo *model = id.isEmpty() ? nullptr : m_catalog.find(id);
    QMenu menu(this);
    if (model) {
        m_favouriteAction->setText(m_favourites.contains(id) ? tr("Remove from &favourites")
                                                             : tr("Add to &favourites"));
        menu.addAction(m_favouriteAction);
        menu.addAction(tr("Use in the &active pane"), this, [this, id] { Q_EMIT useModelRequested(id, -1); });
        if (m_model->gardenMark(id).status == GardenStatus::New && !model->custom) {
            menu.addSeparator();
            menu.addAction(tr("&Keep in my catalog…"), this, [this, id] { Q_EMIT keepModelRequested(id); });
        }
        if (model->custom) {
            menu.addSeparator();
            menu.addAction(tr("&Edit custom model…"), this, [this, id] { Q_EMIT editCustomModelRequested(id); });
            menu.addAction(tr("&Remove custom model"), this, [this, id] { Q_EMIT removeCustomModelRequested(id); });
        }
        menu.addSeparator();
    }
    menu.addAction(tr("Add &custom model…"), this, &CatalogPanel::addCustomModelRequested);
    menu.addAction(tr("Refresh from &Model Garden"), this, &CatalogPanel::refreshGardenRequested)
        ->setEnabled(m_refresh->isEnabled());
    menu.exec(m_tree->viewport()->mapToGlobal(position));
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
    m_favouriteAction->setText(m_favourites.contains(model->id) ? tr("Remove from &favourites")
                                                                : tr("Add to &favourites"));
    QString html = ModelDetails::html(*model, m_catalog, m_today);
    const GardenMark mark = m_model->gardenMark(model->id);
    QString garden;
    switch (mark.status) {
    case GardenStatus::Listed:
        garden = tr("<b>Model Garden:</b> listed (%1, version %2, %3).")
                     .arg(mark.listing.name.toHtmlEscaped(), mark.listing.versionId.toHtmlEscaped(),
                          mark.listing.launchStage.toHtmlEscaped());
        break;
    case GardenStatus::NotListed:
        garden = tr("<b>Model Garden:</b> not listed. The project cannot use it, or it is retired; enable it in "
                    "Model Garden or pick its replacement.");
        break;
    case GardenStatus::New:
        garden = tr("<b>New in Model Garden:</b> %1, version %2, %3, %4. Not in the shipped catalog: the "
                    "app does not know where it is served or what it costs.")
                     .arg(mark.listing.name.toHtmlEscaped(), mark.listing.versionId.toHtmlEscaped(),
                          mark.listing.launchStage.toHtmlEscaped(), mark.listing.openSourceCategory.toHtmlEscaped());
        break;
    case GardenStatus::Unknown:
        break;
    }
    if (!garden.isEmpty())
        html += u"<p>"_s + garden + u"</p>"_s;
    m_details->setHtml(html);
}

} // namespace maas
