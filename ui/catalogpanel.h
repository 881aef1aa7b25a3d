#pragma once

#include "catalog/modelcatalog.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

namespace maas {

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

    const ModelCatalog &m_catalog;
    QDate m_today;
    CatalogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    QPushButton *m_usePane[2];
};

} // namespace maas
