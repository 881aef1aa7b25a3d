#pragma once

#include "catalog/modelcatalog.h"
#include "vertex/modelgarden.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QFileSystemWatcher;
class QTimer;
class QWidget;

namespace maas {

class CatalogPanel;
class ComparisonView;
class CustomModelDialog;
class Settings;

// The catalog's life in the window: favourites kept in Settings, the user's catalog file edited
// from the UI and reloaded live, and Model Garden refreshes merged in. The panel shows, this acts.
class CatalogController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogController)

public:
    // catalog is replaced in place on reload, so every view holding a reference sees the new one.
    CatalogController(Settings &settings, ModelCatalog &catalog, CatalogPanel &panel, ComparisonView &comparison,
                      QWidget *window);

    // The user's catalog file; edits made to it outside the app reload the catalog too.
    void setUserCatalogPath(const QString &path);
    const QString &userCatalogPath() const { return m_userCatalogPath; }
    // Where refreshes list from; simulated: it is the offline demo's emulator (the message says so).
    void setModelGarden(ModelGardenLister *lister, bool simulated);
    ModelGardenLister *modelGarden() const { return m_garden; }
    const GardenMerge &gardenMerge() const { return m_merge; }

    // Loads the shipped and user catalogs again (plus what Model Garden listed), then updates the panel and panes.
    void reloadCatalog();
    void refreshModelGarden();
    // The publishers a refresh lists: those of Vertex entries (custom endpoints have none).
    QStringList gardenPublishers() const;
    // Opens the add (or edit) dialog, non-modal; it deletes itself when closed.
    CustomModelDialog *openCustomModelDialog(const QString &editId = {});
    // Opens the dialog filled from a model only Model Garden listed, to keep it in the user's file.
    CustomModelDialog *keepInUserCatalog(const QString &modelId);
    // Removes an entry from the user's file and reloads; returns the problem, empty on success.
    QString removeCustomModel(const QString &modelId);

Q_SIGNALS:
    void message(const QString &text);
    void catalogReloaded();

private:
    void onGardenListed(const QList<PublisherModel> &models);
    void onGardenFailed(const UserError &error);
    void watchUserCatalog();
    std::optional<QByteArray> userCatalogBytes() const; // nullopt when there is no file

    Settings &m_settings;
    ModelCatalog &m_catalog;
    CatalogPanel &m_panel;
    ComparisonView &m_comparison;
    QWidget *m_window;
    QString m_userCatalogPath;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;                   // editors save in several steps: reload once they are done
    std::optional<QByteArray> m_loadedBytes; // the user's file as loaded last
    QPointer<ModelGardenLister> m_garden;
    bool m_gardenSimulated = false;
    QStringList m_listedPublishers;
    std::optional<QList<PublisherModel>> m_listed; // the last successful listing
    GardenMerge m_merge;                           // it, merged with the catalog as loaded last
};

} // namespace maas
