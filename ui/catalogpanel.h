#pragma once

#include "catalog/modelcatalog.h"
#include "vertex/modelgarden.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace maas {

class CatalogFilter;
class CatalogModel;

// The catalog: a search field, the models grouped by publisher (favourites first), the selected
// model's card, custom models, and Model Garden's view of each entry after a refresh.
class CatalogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPanel)

public:
    CatalogPanel(const ModelCatalog &catalog, QDate today, QWidget *parent = nullptr);

    QString currentModelId() const;
    void selectModel(const QString &modelId);
    CatalogModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

    // Favourites, as catalog ids (unknown ids are kept but not shown).
    QStringList favourites() const { return m_favourites; }
    void setFavourites(const QStringList &ids);
    void toggleFavourite(const QString &modelId);

    // Runs change (which replaces the catalog's contents) while the tree is reset, then rebuilds the
    // tree and the issues line, keeping the selection where it can.
    void changeCatalog(const std::function<void()> &change);
    void setGardenMerge(const GardenMerge &merge);
    // Progress of a Model Garden refresh: done of total publishers; total 0 ends it.
    void setGardenProgress(int done, int total, const QString &publisher);
    // One line under the buttons: the refresh's outcome or its error with the remedy.
    void setGardenMessage(const QString &text, bool error);
    QString gardenMessage() const;

Q_SIGNALS:
    // The user asked to put a model into a pane: pane < 0 means "the active pane".
    void useModelRequested(const QString &modelId, int pane);
    void favouritesChanged(const QStringList &ids);
    void refreshGardenRequested();
    void addCustomModelRequested();
    void editCustomModelRequested(const QString &modelId);
    void removeCustomModelRequested(const QString &modelId);
    // A model only Model Garden listed, to be written into the user's catalog.
    void keepModelRequested(const QString &modelId);

private:
    void showDetails();
    void applyFilters();
    void showContextMenu(const QPoint &position);
    void updateIssues();
    void fillLocations();

    const ModelCatalog &m_catalog;
    QDate m_today;
    CatalogModel *m_model;
    CatalogFilter *m_proxy;
    QComboBox *m_location;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    QPushButton *m_usePane[2];
    QLabel *m_issues;
    QToolButton *m_addCustom;
    QToolButton *m_refresh;
    QProgressBar *m_gardenProgress;
    QLabel *m_gardenMessage;
    QAction *m_favouriteAction;
    QStringList m_favourites;
};

} // namespace maas
