#pragma once

#include "catalog/modelcatalog.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace maas {

class CatalogFilter;
class CatalogModel;

// The catalog: a search field, the models grouped by publisher, and the selected model's card.
class CatalogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPanel)

public:
    CatalogPanel(const ModelCatalog &catalog, QDate today, QWidget *parent = nullptr);

    QString currentModelId() const;
    void selectModel(const QString &modelId);

Q_SIGNALS:
    // The user asked to put a model into a pane: pane < 0 means "the active pane".
    void useModelRequested(const QString &modelId, int pane);

private:
    void showDetails();
    void applyFilters();

    const ModelCatalog &m_catalog;
    QDate m_today;
    CatalogModel *m_model;
    CatalogFilter *m_proxy;
    QComboBox *m_location;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    QPushButton *m_usePane[2];
};

} // namespace maas
