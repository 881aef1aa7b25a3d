#pragma once

#include "catalog/modelcatalog.h"
#include "settings/settings.h"

#include <QDate>
#include <QWidget>

class QAction;
class QSplitter;
class QToolBar;

namespace KSyntaxHighlighting {
class Repository;
}

namespace maas {

class ModelDropTarget;
class ResponsePane;

// 1 to 6 panes side by side (or stacked), and which one the user worked in last. A small toolbar
// above the panes holds the view's own toggles (synchronized scrolling) and pane order.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    static constexpr int kMaxPanes = 6;

    ComparisonView(const ModelCatalog &catalog, QDate today, KSyntaxHighlighting::Repository &repository, int paneCount,
                   QWidget *parent = nullptr);

    int paneCount() const { return static_cast<int>(m_panes.size()); }
    ResponsePane *pane(int index) const { return m_panes.at(index); }
    ModelDropTarget *dropTarget() const { return m_dropTarget; }
    int activePane() const { return m_active; }
    // Adds a pane at the end (nullptr when there are kMaxPanes already).
    ResponsePane *addPane();
    // Removes a pane, stopping its stream; the last pane stays.
    void removePane(int index);
    // Moves a pane to another position; its stream, answer and history go with it.
    void movePane(int from, int to);
    void setPaneLayout(Settings::PaneLayout layout);
    Settings::PaneLayout paneLayout() const;

    // Scrolling one answer scrolls the others to the same relative position.
    bool isScrollSynchronized() const;
    void setScrollSynchronized(bool on);
    // Checkable "Synchronize scrolling" and "Move pane left/right" (the active pane), for the
    // View menu; the toolbar shows them too.
    QAction *syncScrollAction() const { return m_syncScroll; }
    QAction *movePaneLeftAction() const { return m_moveLeft; }
    QAction *movePaneRightAction() const { return m_moveRight; }

    QStringList modelIds() const;
    QStringList locations() const;

Q_SIGNALS:
    void panesChanged();
    void retryRequested(int pane);
    void followUpHereRequested(int pane);
    void accessCheckRequested(const QString &modelId, const QString &location);

private:
    void connectScroll(ResponsePane *pane);
    void syncScrollFrom(ResponsePane *source, int position);
    void updateMoveActions();
    void updateTabOrder();

    const ModelCatalog &m_catalog;
    QDate m_today;
    KSyntaxHighlighting::Repository &m_repository;
    QToolBar *m_toolBar;
    QSplitter *m_splitter;
    QAction *m_syncScroll;
    QAction *m_moveLeft;
    QAction *m_moveRight;
    QList<ResponsePane *> m_panes;
    ModelDropTarget *m_dropTarget; // catalog models dragged onto panes (or beside them: a new pane)
    int m_active = 0;
    bool m_syncing = false;
};

} // namespace maas
