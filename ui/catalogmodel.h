#pragma once

#include "catalog/modelcatalog.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QSortFilterProxyModel>

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

// What the catalog panel shows: every word of the search must match (name, ids, publisher,
// description, modalities, locations), and each active filter must hold. Publishers show while
// one of their models does.
class CatalogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilter)

public:
    enum class Need
    {
        Thinking = 0x1,
        Vision = 0x2,
        Embeddings = 0x4,
        Global = 0x8,
        NotRetired = 0x10,
    };
    Q_DECLARE_FLAGS(Needs, Need)

    explicit CatalogFilter(QObject *parent = nullptr);

    void setSearch(const QString &text);
    void setNeeds(Needs needs);
    Needs needs() const { return m_needs; }
    // Only models the catalog lists at this location ("" for any).
    void setLocation(const QString &location);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    Needs m_needs;
    QString m_location;
};

} // namespace maas

Q_DECLARE_OPERATORS_FOR_FLAGS(maas::CatalogFilter::Needs)
