#include "comparisonview.h"

#include "modeldroptarget.h"
#include "responsepane.h"
#include "responseview.h"

#include <QAction>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace maas {

ComparisonView::ComparisonView(const ModelCatalog &catalog, QDate today, KSyntaxHighlighting::Repository &repository,
                               int paneCount, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_today(today)
    , m_repository(repository)
    , m_toolBar(new QToolBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_syncScroll(new QAction(tr("Synchronize &scrolling"), this))
    , m_moveLeft(new QAction(tr("Move pane &left"), this))
    , m_moveRight(new QAction(tr("Move pane &right"), this))
    , m_dropTarget(new ModelDropTarget(*this))
{
    m_splitter->setObjectName(u"paneSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    m_syncScroll->setObjectName(u"syncScrollAction"_s);
    m_syncScroll->setCheckable(true);
    m_syncScroll->setIconText(tr("Sync scroll"));
    m_syncScroll->setToolTip(tr("Scroll all answers together, to the same relative position"));
    m_moveLeft->setObjectName(u"movePaneLeftAction"_s);
    m_moveLeft->setIconText(tr("◀ Move"));
    m_moveLeft->setToolTip(tr("Move the active pane one place to the left (Ctrl+Shift+PgUp)"));
    m_moveLeft->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp));
    m_moveRight->setObjectName(u"movePaneRightAction"_s);
    m_moveRight->setIconText(tr("Move ▶"));
    m_moveRight->setToolTip(tr("Move the active pane one place to the right (Ctrl+Shift+PgDown)"));
    m_moveRight->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
    // The shortcuts work anywhere in the window, also when the View menu does not hold the actions.
    for (QAction *action : {m_moveLeft, m_moveRight})
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_moveLeft, &QAction::triggered, this, [this] { movePane(m_active, m_active - 1); });
    connect(m_moveRight, &QAction::triggered, this, [this] { movePane(m_active, m_active + 1); });

    m_toolBar->setObjectName(u"comparisonToolBar"_s);
    m_toolBar->setAccessibleName(tr("Comparison tools"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(14, 14));
    m_toolBar->addAction(m_syncScroll);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_moveLeft);
    m_toolBar->addAction(m_moveRight);
    addAction(m_moveLeft);
    addAction(m_moveRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    for (int i = 0; i < std::clamp(paneCount, 1, kMaxPanes); ++i)
        addPane();
}

ResponsePane *ComparisonView::addPane()
{
    if (m_panes.size() >= kMaxPanes)
        return nullptr;
    auto *pane = new ResponsePane(m_catalog, m_today, static_cast<int>(m_panes.size()), m_repository, m_splitter);
    pane->setMinimumWidth(160); // six panes still fit beside the catalog on a 1366 px screen
    m_splitter->addWidget(pane);
    m_panes << pane;
    m_dropTarget->watchPane(pane);
    connect(pane, &ResponsePane::activated, this, [this, pane] {
        m_active = pane->index();
        updateMoveActions();
    });
    connect(pane, &ResponsePane::modelChanged, this, [this, pane] {
        m_active = pane->index();
        updateMoveActions();
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
    connect(pane, &ResponsePane::moveRequested, this,
            [this](int index, int offset) { movePane(index, index + offset); });
    connectScroll(pane);
    // Equal widths for all panes.
    m_splitter->setSizes(QList<int>(m_panes.size(), 1000));
    updateMoveActions();
    updateTabOrder();
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
    updateMoveActions();
    Q_EMIT panesChanged();
}

void ComparisonView::movePane(int from, int to)
{
    if (from < 0 || from >= m_panes.size() || to < 0 || to >= m_panes.size() || from == to)
        return;
    ResponsePane *pane = m_panes.at(from);
    const QList<int> sizes = m_splitter->sizes();
    m_panes.move(from, to);
    m_splitter->insertWidget(to, pane); // moves the widget; the pane keeps its stream and history
    QList<int> moved = sizes;
    moved.move(from, to);
    m_splitter->setSizes(moved);
    for (int i = 0; i < m_panes.size(); ++i)
        m_panes.at(i)->setIndex(i);
    m_active = to;
    updateMoveActions();
    updateTabOrder();
    Q_EMIT panesChanged();
}

void ComparisonView::updateTabOrder()
{
    // Tab goes through the panes left to right: each pane's stops, in their own order, follow the
    // last stop before the comparison (the prompt editor's).
    QWidget *anchor = previousInFocusChain();
    while (anchor != this && (anchor->focusPolicy() == Qt::NoFocus || isAncestorOf(anchor)))
        anchor = anchor->previousInFocusChain();
    if (anchor == this)
        return;
    QList<QList<QWidget *>> stops(m_panes.size());
    for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
        if (w->focusPolicy() == Qt::NoFocus)
            continue;
        for (qsizetype i = 0; i < m_panes.size(); ++i) {
            if (m_panes.at(i)->isAncestorOf(w)) {
                stops[i] << w;
                break;
            }
        }
    }
    QWidget *previous = anchor;
    for (const QList<QWidget *> &own : std::as_const(stops)) {
        for (QWidget *w : own) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
}

void ComparisonView::updateMoveActions()
{
    m_moveLeft->setEnabled(m_active > 0);
    m_moveRight->setEnabled(m_active < m_panes.size() - 1);
    for (int i = 0; i < m_panes.size(); ++i)
        m_panes.at(i)->setMovable(i > 0, i < m_panes.size() - 1);
}

bool ComparisonView::isScrollSynchronized() const
{
    return m_syncScroll->isChecked();
}

void ComparisonView::setScrollSynchronized(bool on)
{
    m_syncScroll->setChecked(on);
}

void ComparisonView::connectScroll(ResponsePane *pane)
{
    // Only the user's own scrolling (wheel, keys, dragging, clicks on the bar) is followed, not a
    // pane keeping up with its stream: actionTriggered is not emitted for setValue().
    QScrollBar *bar = pane->view()->verticalScrollBar();
    connect(bar, &QAbstractSlider::actionTriggered, this, [this, pane, bar](int) {
        if (m_syncScroll->isChecked())
            syncScrollFrom(pane, bar->sliderPosition());
    });
}

void ComparisonView::syncScrollFrom(ResponsePane *source, int position)
{
    if (m_syncing)
        return;
    const QScrollBar *from = source->view()->verticalScrollBar();
    const int range = from->maximum() - from->minimum();
    const double fraction = range > 0 ? double(position - from->minimum()) / double(range) : 0.0;
    const QScopedValueRollback guard(m_syncing, true);
    for (ResponsePane *pane : std::as_const(m_panes)) {
        if (pane == source)
            continue;
        QScrollBar *bar = pane->view()->verticalScrollBar();
        bar->setValue(bar->minimum() + int(std::lround(fraction * double(bar->maximum() - bar->minimum()))));
    }
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
