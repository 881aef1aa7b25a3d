#include "comparisonview.h"

#include "responsepane.h"

#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

ComparisonView::ComparisonView(const ModelCatalog &catalog, QDate today, int paneCount, QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_splitter->setObjectName(u"paneSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    for (int i = 0; i < paneCount; ++i) {
        auto *pane = new ResponsePane(catalog, today, i, m_splitter);
        m_splitter->addWidget(pane);
        m_panes << pane;
        connect(pane, &ResponsePane::activated, this, [this](int index) { m_active = index; });
        connect(pane, &ResponsePane::modelChanged, this, [this](int index) {
            m_active = index;
            Q_EMIT panesChanged();
        });
        connect(pane, &ResponsePane::locationChanged, this, &ComparisonView::panesChanged);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
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
