#pragma once

#include "catalog/modelcatalog.h"
#include "settings/settings.h"

#include <QDate>
#include <QWidget>

class QSplitter;

namespace KSyntaxHighlighting {
class Repository;
}

namespace maas {

class ModelDropTarget;
class ResponsePane;

// 1 to 6 panes side by side (or stacked), and which one the user worked in last.
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
    void setPaneLayout(Settings::PaneLayout layout);
    Settings::PaneLayout paneLayout() const;

    QStringList modelIds() const;
    QStringList locations() const;

Q_SIGNALS:
    void panesChanged();
    void retryRequested(int pane);
    void followUpHereRequested(int pane);
    void accessCheckRequested(const QString &modelId, const QString &location);

private:
    const ModelCatalog &m_catalog;
    QDate m_today;
    KSyntaxHighlighting::Repository &m_repository;
    QSplitter *m_splitter;
    QList<ResponsePane *> m_panes;
    ModelDropTarget *m_dropTarget; // catalog models dragged onto panes (or beside them: a new pane)
    int m_active = 0;
};

} // namespace maas
