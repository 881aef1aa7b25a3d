#include "catalogcontroller.h"

#include "catalog/usercatalogfile.h"
#include "catalogpanel.h"
#include "comparisonview.h"
#include "custommodeldialog.h"
#include "responsepane.h"
#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace maas {

CatalogController::CatalogController(Settings &settings, ModelCatalog &catalog, CatalogPanel &panel,
                                     ComparisonView &comparison, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_catalog(catalog)
    , m_panel(panel)
    , m_comparison(comparison)
    , m_window(window)
    , m_userCatalogPath(ModelCatalog::defaultUserCatalogPath())
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (userCatalogBytes() == m_loadedBytes)
            return; // our own save, already loaded
        reloadCatalog();
        Q_EMIT message(tr("Reloaded the catalog: %1 changed.").arg(m_userCatalogPath));
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        // The file appeared, or was replaced by an atomic save: watch it (again) and reload.
        const QFileInfo file(m_userCatalogPath);
        if (file.exists() && !m_watcher->files().contains(file.absoluteFilePath())) {
            watchUserCatalog();
            m_reloadTimer->start();
        }
    });
    watchUserCatalog();
    m_panel.setFavourites(m_settings.get<QStringList>(Settings::Key::FavouriteModels));
    connect(&m_panel, &CatalogPanel::favouritesChanged, this,
            [this](const QStringList &ids) { m_settings.setValue(Settings::Key::FavouriteModels, ids); });
    connect(&m_panel, &CatalogPanel::refreshGardenRequested, this, &CatalogController::refreshModelGarden);
    connect(&m_panel, &CatalogPanel::addCustomModelRequested, this, [this] { openCustomModelDialog(); });
    connect(&m_panel, &CatalogPanel::editCustomModelRequested, this,
            [this](const QString &id) { openCustomModelDialog(id); });
    connect(&m_panel, &CatalogPanel::keepModelRequested, this, &CatalogController::keepInUserCatalog);
    connect(&m_panel, &CatalogPanel::removeCustomModelRequested, this, [this](const QString &id) {
        const ModelInfo *model = m_catalog.find(id);
        const QString name = model ? model->name : id;
        if (QMessageBox::question(m_window, tr("Remove custom model"),
                                  tr("Remove %1 from %2?").arg(name, m_userCatalogPath)) != QMessageBox::Yes)
            return;
        if (const QString problem = removeCustomModel(id); !problem.isEmpty())
            QMessageBox::warning(m_window, tr("Remove custom model"), problem);
    });
}

void CatalogController::setUserCatalogPath(const QString &path)
{
    m_userCatalogPath = path;
    watchUserCatalog();
}

std::optional<QByteArray> CatalogController::userCatalogBytes() const
{
    QFile file(m_userCatalogPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

void CatalogController::watchUserCatalog()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    const QFileInfo file(m_userCatalogPath);
    if (file.absoluteDir().exists())
        m_watcher->addPath(file.absolutePath());
    if (file.exists())
        m_watcher->addPath(file.absoluteFilePath());
}

void CatalogController::setModelGarden(ModelGardenLister *lister, bool simulated)
{
    if (m_garden)
        disconnect(m_garden, nullptr, this, nullptr);
    m_garden = lister;
    m_gardenSimulated = simulated;
    if (!lister)
        return;
    connect(lister, &ModelGardenLister::progress, &m_panel, &CatalogPanel::setGardenProgress);
    connect(lister, &ModelGardenLister::finished, this, &CatalogController::onGardenListed);
    connect(lister, &ModelGardenLister::failed, this, &CatalogController::onGardenFailed);
}

QStringList CatalogController::gardenPublishers() const
{
    QStringList publishers;
    for (const ModelInfo &m : m_catalog.models()) {
        if (m.endpoint.isEmpty() && m.sourceFile != u"Model Garden" && !publishers.contains(m.publisher))
            publishers << m.publisher;
    }
    return publishers;
}

void CatalogController::refreshModelGarden()
{
    if (!m_garden) {
        m_panel.setGardenMessage(tr("Refreshing from Model Garden needs a connection to Vertex AI: set a project "
                                    "and credentials in Tools ▸ Settings, then restart."),
                                 true);
        return;
    }
    m_listedPublishers = gardenPublishers();
    m_garden->start(m_listedPublishers);
}

void CatalogController::onGardenListed(const QList<PublisherModel> &models)
{
    m_panel.setGardenProgress(0, 0, {});
    m_listed = models;
    reloadCatalog();
    const GardenMerge &merge = m_merge;
    const QString counts = tr("%1 listed, %2 not listed, %3 new.")
                               .arg(merge.listedCount())
                               .arg(merge.notListedCount())
                               .arg(merge.newModels.size());
    m_panel.setGardenMessage(m_gardenSimulated
                                 ? tr("Model Garden, simulated by the offline demo's emulator: %1").arg(counts)
                                 : tr("Model Garden: %1").arg(counts),
                             false);
    Q_EMIT message(tr("Catalog refreshed from Model Garden: %1").arg(counts));
}

void CatalogController::onGardenFailed(const UserError &error)
{
    m_panel.setGardenProgress(0, 0, {});
    QString text = tr("Refresh from Model Garden failed: %1").arg(error.title);
    if (!error.detail.isEmpty())
        text += u" ("_s + error.detail + u')';
    if (!error.remedy.isEmpty())
        text += u'\n' + error.remedy;
    m_panel.setGardenMessage(text, true);
}

void CatalogController::reloadCatalog()
{
    m_loadedBytes = userCatalogBytes();
    ModelCatalog fresh = ModelCatalog::load(m_userCatalogPath);
    if (m_listed) {
        // Marks are recomputed against the entries as they are now (a custom model may have been added).
        m_merge = mergeWithCatalog(fresh, m_listedPublishers, *m_listed);
        fresh.addDiscovered(m_merge.newModels);
    }
    m_panel.changeCatalog([&] { m_catalog = std::move(fresh); });
    if (!m_watcher->files().contains(QFileInfo(m_userCatalogPath).absoluteFilePath()))
        watchUserCatalog(); // an atomic save replaced the file the watcher followed
    if (m_listed)
        m_panel.setGardenMerge(m_merge);
    for (int i = 0; i < m_comparison.paneCount(); ++i)
        m_comparison.pane(i)->reloadModels();
    for (const CatalogIssue &issue : m_catalog.issues()) {
        if (issue.file == m_userCatalogPath) {
            Q_EMIT message(tr("Your catalog file has problems: %1").arg(issue.toString()));
            break;
        }
    }
    Q_EMIT catalogReloaded();
}

CustomModelDialog *CatalogController::openCustomModelDialog(const QString &editId)
{
    auto *dialog = new CustomModelDialog(m_userCatalogPath, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!editId.isEmpty()) {
        const QJsonObject entry = UserCatalogFile(m_userCatalogPath).entry(editId);
        if (entry.isEmpty()) {
            delete dialog;
            QMessageBox::warning(m_window, tr("Edit custom model"),
                                 tr("%1 is not in %2 (any more); nothing to edit.").arg(editId, m_userCatalogPath));
            return nullptr;
        }
        dialog->editEntry(entry);
    }
    connect(dialog, &CustomModelDialog::saved, this, [this](const QString &id) {
        reloadCatalog();
        m_panel.selectModel(id);
        Q_EMIT message(tr("Saved %1 in %2.").arg(id, m_userCatalogPath));
    });
    dialog->open();
    return dialog;
}

CustomModelDialog *CatalogController::keepInUserCatalog(const QString &modelId)
{
    const ModelInfo *model = m_catalog.find(modelId);
    if (!model)
        return nullptr;
    QJsonObject entry = UserCatalogFile::toJson(*model);
    entry.remove("notes"_L1); // "unknown to the app" stops being true once the user fills it in
    CustomModelDialog *dialog = openCustomModelDialog();
    dialog->setWindowTitle(tr("Keep %1 in your catalog").arg(model->name));
    dialog->prefill(entry);
    return dialog;
}

QString CatalogController::removeCustomModel(const QString &modelId)
{
    const QString problem = UserCatalogFile(m_userCatalogPath).remove(modelId);
    if (!problem.isEmpty())
        return problem;
    reloadCatalog();
    Q_EMIT message(tr("Removed %1 from %2.").arg(modelId, m_userCatalogPath));
    return {};
}

} // namespace maas
