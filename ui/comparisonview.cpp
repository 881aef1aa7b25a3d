#include "comparisonview.h"

#include "modeldroptarget.h"
#include "responsepane.h"

#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

ComparisonView::ComparisonView(const ModelCatalog &catalog, QDate today, KSyntaxHighlighting::Repository &repository,
                               int paneCount, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_today(today)
    , m_repository(repository)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_dropTarget(new ModelDropTarget(*this))
{
    m_splitter->setObjectName(u"paneSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    for (int i = 0; i < std::clamp(paneCount, 1, kMaxPanes); ++i)
        addPane();
}

ResponsePane *ComparisonView::addPane()
{
    if (m_panes.size() >= kMaxPanes)
        return nullptr;
    auto *pane = new ResponsePane(m_catalog, m_today, static_cast<int>(m_panes.size()), m_repository, m_splitter);
    pane->setMinimumWidth(200); // six panes still fit on a 1366 px screen
    m_splitter->addWidget(pane);
    m_panes << pane;
    m_dropTarget->watchPane(pane);
    connect(pane, &ResponsePane::activated, this, [this, pane] { m_active = pane->index(); });
    connect(pane, &ResponsePane::modelChanged, this, [this, pane] {
        m_active = pane->index();
        Q_EMIT panesChanged();
    });
    connect(pane, &ResponsePane::locationChanged, this, &ComparisonView::panesChanged);
    connect(pane, &ResponsePane::overridesChanged, this, &ComparisonView::panesChanged);
    connect(pane, &ResponsePane::retryRequested, this, &ComparisonView::retryRequested);
    connect(pane, &ResponsePane::followUpHereRequested, this, &ComparisonView::followUpHereRequested);
    connect(pane, &ResponsePane::removeRequested, this, &ComparisonView::removePane);
    connect(
        pane, &ResponsePane::accessCheckRequested, this,
        [this](int, const QString &model, const QString &location) { Q_EMIT accessCheckRequested(model, location); });
    // Equal widths for all panes.
    m_splitter->setSizes(QList<int>(m_panes.size(), 1000));
    Q_EMIT panesChanged();
    return pane;
}

void ComparisonView::removePane(int index)
{
    if (m_panes.size() <= 1 || index < 0 || index >= m_panes.size())
        return;
    ResponsePane *pane = m_panes.takeAt(index);
    pane->stop();
    pane->hide();
    pane->deleteLater();
    for (int i = 0; i < m_panes.size(); ++i)
        m_panes.at(i)->setIndex(i);
    m_active = std::min(m_active, static_cast<int>(m_panes.size()) - 1);
    Q_EMIT panesChanged();
}

void ComparisonView::setPaneLayout(Settings::PaneLayout layout)
{
    m_splitter->setOrientation(layout == Settings::PaneLayout::Stacked ? Qt::Vertical : Qt::Horizontal);
}

Settings::PaneLayout ComparisonView::paneLayout() const
{
    return m_splitter->orientation() == Qt::Vertical ? Settings::PaneLayout::Stacked : Settings::PaneLayout::SideBySide;
}

QStringList ComparisonView::modelIds() const
{
    QStringList ids;
    for (const ResponsePane *pane : m_panes)
        ids << pane->modelId();
    return ids;
}

QStringList ComparisonView::locations() const
{
    QStringList result;
    for (const ResponsePane *pane : m_panes)
        result << pane->location();
    return result;
}

} // namespace maas
