#pragma once

#include "catalog/modelcatalog.h"
#include "vertex/modelgarden.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QSortFilterProxyModel>

#include <functional>

namespace maas {

// The catalog as a two-level tree: publishers, then their models in catalog order. Favourites come
// first in a group of their own (and keep their place under their publisher, starred). Model rows
// drag as kModelMimeType carrying the catalog id.
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
        FavouriteRole,                  // bool on model rows
        GardenStatusRole,               // int(GardenStatus) on model rows
        FavouritesGroupRole,            // true on the favourites heading and its rows
    };

    // What a dragged model carries: its catalog id, UTF-8.
    static constexpr QLatin1StringView kModelMimeType{"application/x-maas-model-id"};

    CatalogModel(const ModelCatalog &catalog, QDate today, QObject *parent = nullptr);

    // Rebuilds the tree around change, which replaces the catalog's contents (reloaded, models
    // added): the model is reset before the old entries go away.
    void reload(const std::function<void()> &change = {});
    // Catalog ids to star and list first; ids the catalog lacks are ignored.
    void setFavourites(const QStringList &ids);
    bool isFavourite(const QString &id) const { return m_favourites.contains(id); }
    // Model Garden's view of each entry after a refresh (empty: not refreshed).
    void setGardenMarks(const QHash<QString, GardenMark> &marks);
    GardenMark gardenMark(const QString &id) const { return m_marks.value(id); }

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const ModelInfo *modelAt(const QModelIndex &index) const;
    // The model's row under its publisher (not in the favourites group).
    QModelIndex indexOf(const QString &modelId) const;

private:
    struct Publisher
    {
        QString id; // empty for the favourites group
        QString name;
        QList<const ModelInfo *> models;
    };

    void build();
    QVariant modelData(const ModelInfo &m, int role, bool inFavourites) const;

    const ModelCatalog &m_catalog;
    QDate m_today;
    QList<Publisher> m_publishers;
    QStringList m_favourites;
    QHash<QString, GardenMark> m_marks;
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
