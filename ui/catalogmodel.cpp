#include "catalogmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace maas {

namespace {
constexpr quintptr kPublisherRow = 0; // internalId of publisher rows; model rows store publisher + 1
}

CatalogModel::CatalogModel(const ModelCatalog &catalog, QDate today, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
    , m_today(today)
{
    for (const QString &publisher : catalog.publishers()) {
        Publisher p{publisher, publisher, {}};
        for (const ModelInfo &m : catalog.models()) {
            if (m.publisher == publisher) {
                p.models << &m;
                p.name = m.publisherName;
            }
        }
        m_publishers << p;
    }
}

QModelIndex CatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kPublisherRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex CatalogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kPublisherRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kPublisherRow);
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_publishers.size());
    if (parent.internalId() == kPublisherRow && parent.column() == 0)
        return static_cast<int>(m_publishers.at(parent.row()).models.size());
    return 0;
}

int CatalogModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const ModelInfo *CatalogModel::modelAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kPublisherRow || index.model() != this)
        return nullptr;
    return m_publishers.at(static_cast<qsizetype>(index.internalId() - 1)).models.at(index.row());
}

QModelIndex CatalogModel::indexOf(const QString &modelId) const
{
    for (qsizetype p = 0; p < m_publishers.size(); ++p) {
        const auto &models = m_publishers.at(p).models;
        for (qsizetype r = 0; r < models.size(); ++r) {
            if (models.at(r)->id == modelId)
                return createIndex(static_cast<int>(r), 0, static_cast<quintptr>(p) + 1);
        }
    }
    return {};
}

Qt::ItemFlags CatalogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kPublisherRow)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kPublisherRow) {
        const Publisher &p = m_publishers.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%n)", nullptr, static_cast<int>(p.models.size())).arg(p.name);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case SearchTextRole:
            return QString(p.name + u' ' + p.id);
        default:
            return {};
        }
    }
    const ModelInfo *m = modelAt(index);
    const LifecycleStage stage = m->stageOn(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (stage) {
        case LifecycleStage::Retired:
            return tr("%1 — retired").arg(m->name);
        case LifecycleStage::Deprecated:
            return tr("%1 — deprecated").arg(m->name);
        case LifecycleStage::Preview:
            return tr("%1 (preview)").arg(m->name);
        case LifecycleStage::GA:
            return m->name;
        }
        return m->name;
    case Qt::ToolTipRole:
        return QString(m->requestId + u"\n"_s + m->description);
    case Qt::ForegroundRole:
        if (stage == LifecycleStage::Retired)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (stage == LifecycleStage::Retired) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return m->description;
    case ModelIdRole:
        return m->id;
    case SearchTextRole:
        return QStringList{m->name,
                           m->id,
                           m->requestId,
                           m->publisherName,
                           m->description,
                           modalityNames(m->modalities).join(u' '),
                           m->locations().join(u' ')}
            .join(u' ');
    case LifecycleStageRole:
        return static_cast<int>(stage);
    default:
        return {};
    }
}

CatalogFilter::CatalogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void CatalogFilter::setSearch(const QString &text)
{
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void CatalogFilter::setNeeds(Needs needs)
{
    m_needs = needs;
    invalidateRowsFilter();
}

void CatalogFilter::setLocation(const QString &location)
{
    m_location = location;
    invalidateRowsFilter();
}

bool CatalogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    auto *catalog = qobject_cast<CatalogModel *>(sourceModel());
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const ModelInfo *m = catalog ? catalog->modelAt(index) : nullptr;
    if (!m)
        return false; // publisher rows show through their models (recursive filtering)
    const QString text = index.data(CatalogModel::SearchTextRole).toString().toLower();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    if (m_needs.testFlag(Need::Thinking) && !m->hasThinking())
        return false;
    if (m_needs.testFlag(Need::Vision) && !m->modalities.testFlag(Modality::Vision))
        return false;
    if (m_needs.testFlag(Need::Embeddings) && !m->isEmbedding())
        return false;
    if (m_needs.testFlag(Need::Global) && !m->global)
        return false;
    if (m_needs.testFlag(Need::NotRetired) &&
        LifecycleStage(index.data(CatalogModel::LifecycleStageRole).toInt()) == LifecycleStage::Retired)
        return false;
    if (!m_location.isEmpty() && m->endpoint.isEmpty() && !m->servesLocation(m_location))
        return false;
    return true;
}

} // namespace maas
