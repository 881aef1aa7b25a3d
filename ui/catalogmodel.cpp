#include "catalogmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace maas {

namespace {
constexpr quintptr kPublisherRow = 0; // internalId of publisher rows; model rows store publisher + 1

// A small round badge for Model Garden marks, so they show without reading the tooltip.
QIcon badge(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}
} // namespace

CatalogModel::CatalogModel(const ModelCatalog &catalog, QDate today, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
    , m_today(today)
{
    build();
}

void CatalogModel::build()
{
    m_publishers.clear();
    Publisher favourites{QString(), tr("★ Favourites"), {}};
    for (const QString &id : std::as_const(m_favourites)) {
        const auto it = std::find_if(m_catalog.models().cbegin(), m_catalog.models().cend(),
                                     [&](const ModelInfo &m) { return m.id == id; });
        if (it != m_catalog.models().cend())
            favourites.models << &*it;
    }
    if (!favourites.models.isEmpty())
        m_publishers << favourites;
    for (const QString &publisher : m_catalog.publishers()) {
        Publisher p{publisher, publisher, {}};
        for (const ModelInfo &m : m_catalog.models()) {
            if (m.publisher == publisher) {
                p.models << &m;
                p.name = m.publisherName;
            }
        }
        m_publishers << p;
    }
}

void CatalogModel::reload(const std::function<void()> &change)
{
    beginResetModel();
    m_publishers.clear();
    if (change)
        change();
    build();
    endResetModel();
}

void CatalogModel::setFavourites(const QStringList &ids)
{
    if (ids == m_favourites)
        return;
    beginResetModel();
    m_favourites = ids;
    build();
    endResetModel();
}

void CatalogModel::setGardenMarks(const QHash<QString, GardenMark> &marks)
{
    beginResetModel();
    m_marks = marks;
    build();
    endResetModel();
}

QStringList CatalogModel::mimeTypes() const
{
    return {kModelMimeType};
}

QMimeData *CatalogModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (const ModelInfo *m = modelAt(index)) {
            auto *data = new QMimeData;
            // Only our own type: with text too, line edits inside a pane would take the drop as text.
            data->setData(kModelMimeType, m->id.toUtf8());
            return data;
        }
    }
    return nullptr;
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
        if (m_publishers.at(p).id.isEmpty())
            continue; // the favourites group repeats rows found under their publisher
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
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled;
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
        case FavouritesGroupRole:
            return p.id.isEmpty();
        default:
            return {};
        }
    }
    const bool inFavourites = m_publishers.at(static_cast<qsizetype>(index.internalId() - 1)).id.isEmpty();
    return modelData(*modelAt(index), role, inFavourites);
}

QVariant CatalogModel::modelData(const ModelInfo &m, int role, bool inFavourites) const
{
    const LifecycleStage stage = m.stageOn(m_today);
    const GardenMark mark = m_marks.value(m.id);
    switch (role) {
    case Qt::DisplayRole: {
        QString text;
        switch (stage) {
        case LifecycleStage::Retired:
            text = tr("%1 — retired").arg(m.name);
            break;
        case LifecycleStage::Deprecated:
            text = tr("%1 — deprecated").arg(m.name);
            break;
        case LifecycleStage::Preview:
            text = tr("%1 (preview)").arg(m.name);
            break;
        case LifecycleStage::GA:
            text = m.name;
            break;
        }
        if (mark.status == GardenStatus::New)
            text = tr("%1 — new in Model Garden").arg(text);
        else if (mark.status == GardenStatus::NotListed)
            text = tr("%1 — not listed").arg(text);
        return isFavourite(m.id) ? u"★ "_s + text : text;
    }
    case Qt::ToolTipRole: {
        QString tip = m.requestId + u"\n"_s + m.description;
        switch (mark.status) {
        case GardenStatus::Listed:
            tip += u"\n"_s + tr("Listed in Model Garden (version %1).").arg(mark.listing.versionId);
            break;
        case GardenStatus::NotListed:
            tip += u"\n"_s + tr("Not listed in Model Garden: the project cannot use it, or it is retired.");
            break;
        case GardenStatus::New:
            tip += u"\n"_s + tr("New in Model Garden: not in the shipped catalog.");
            break;
        case GardenStatus::Unknown:
            break;
        }
        if (isFavourite(m.id))
            tip += u"\n"_s + tr("A favourite (Ctrl+D to unstar).");
        return tip;
    }
    case Qt::DecorationRole:
        switch (mark.status) {
        case GardenStatus::Listed:
            return badge(QColor(0x1e, 0x8e, 0x3e));
        case GardenStatus::NotListed:
            return badge(QColor(0xb3, 0x26, 0x1e));
        case GardenStatus::New:
            return badge(QColor(0x1a, 0x73, 0xe8));
        case GardenStatus::Unknown:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (stage == LifecycleStage::Retired || mark.status == GardenStatus::NotListed)
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
        return m.description;
    case ModelIdRole:
        return m.id;
    case SearchTextRole:
        return QStringList{m.name,
                           m.id,
                           m.requestId,
                           m.publisherName,
                           m.description,
                           modalityNames(m.modalities).join(u' '),
                           m.locations().join(u' ')}
            .join(u' ');
    case LifecycleStageRole:
        return static_cast<int>(stage);
    case FavouriteRole:
        return isFavourite(m.id);
    case GardenStatusRole:
        return static_cast<int>(mark.status);
    case FavouritesGroupRole:
        return inFavourites;
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
