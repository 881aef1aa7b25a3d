#pragma once

#include "catalog/modelcatalog.h"

#include <QAbstractItemModel>
#include <QDate>

namespace maas {

// The catalog as a two-level tree: publishers, then their models in catalog order.
class CatalogModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogModel)

public:
    enum Role
    {
        ModelIdRole = Qt::UserRole + 1, // catalog id; empty on publisher rows
        SearchTextRole,                 // everything a search may match
        LifecycleStageRole,             // int(LifecycleStage) on model rows
    };

    CatalogModel(const ModelCatalog &catalog, QDate today, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const ModelInfo *modelAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &modelId) const;

private:
    struct Publisher
    {
        QString id;
        QString name;
        QList<const ModelInfo *> models;
    };

    const ModelCatalog &m_catalog;
    QDate m_today;
    QList<Publisher> m_publishers;
};

} // namespace maas
