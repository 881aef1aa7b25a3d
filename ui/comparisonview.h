#pragma once

#include "catalog/modelcatalog.h"
#include "settings/settings.h"

#include <QDate>
#include <QWidget>

class QSplitter;

namespace maas {

class ResponsePane;

// The panes side by side (or stacked), and which one the user worked in last.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    ComparisonView(const ModelCatalog &catalog, QDate today, int paneCount, QWidget *parent = nullptr);

    int paneCount() const { return static_cast<int>(m_panes.size()); }
    ResponsePane *pane(int index) const { return m_panes.at(index); }
    int activePane() const { return m_active; }
    void setPaneLayout(Settings::PaneLayout layout);
    Settings::PaneLayout paneLayout() const;

    QStringList modelIds() const;
    QStringList locations() const;

Q_SIGNALS:
    void panesChanged();

private:
    QSplitter *m_splitter;
    QList<ResponsePane *> m_panes;
    int m_active = 0;
};

} // namespace maas
