#pragma once

#include "catalog/modelcatalog.h"
#include "doctor/accessdoctor.h"
#include "settingspage.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QLabel;
class QTimer;

namespace KSyntaxHighlighting {
class Repository;
}

namespace maas {

class CatalogController;
class CatalogPanel;
class ChatClient;
class ComparisonController;
class ComparisonView;
class PromptEditor;
class Settings;
struct CredentialStatus;

// The window: catalog on the left, prompt above the side-by-side panes, settings from the menu.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // connection: one line saying where requests go ("Offline demo: simulated answers", "Vertex AI");
    // offlineDemo highlights it, so nobody mistakes simulated answers for real ones.
    // catalog: replaced in place when the user's catalog changes or Model Garden is listed.
    MainWindow(Settings &settings, ModelCatalog &catalog, ChatClient &client, QString connection, bool offlineDemo,
               QDate today, QWidget *parent = nullptr);
    ~MainWindow() override;

    CatalogPanel *catalogPanel() const { return m_catalogPanel; }
    CatalogController *catalogController() const { return m_catalogController; }
    PromptEditor *promptEditor() const { return m_promptEditor; }
    ComparisonView *comparisonView() const { return m_comparison; }
    ComparisonController *controller() const { return m_controller; }
    // What the access doctor reports as the credential source (default: the connection line).
    void setDoctorCredentials(std::function<DoctorCredentials()> credentials);

    // What the settings page gets besides the settings (secret store, network, clock); the catalog and
    // the panes' models are added when it opens.
    void setSettingsPageServices(const SettingsPageServices &services) { m_pageServices = services; }

public Q_SLOTS:
    // Opens the settings dialog; returns its result (QDialog::Accepted or Rejected).
    int showSettings();
    // Opens the access doctor (non-modal) for this model and location, or the active pane's.
    void showAccessDoctor(const QString &modelId = {}, const QString &location = {});
    // Where requests go changed while running (e.g. the offline demo ended because a project was set).
    void setConnection(const QString &connection, bool offlineDemo);
    // The credential state in the status bar: "gcloud · me@example.com · 52 min", or the problem in the
    // warning colour. Hidden in the offline demo.
    void setCredentialStatus(const QString &sourceLabel, const maas::CredentialStatus &status);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreState();
    void saveState();
    void updateStatus();

    // Opens a tool (embeddings, diff) in its own non-modal window, deleted when closed.
    void openToolDialog(QWidget *tool, const QString &title, const QString &objectName);

    Settings &m_settings;
    ModelCatalog &m_catalog;
    ChatClient &m_client;
    QDate m_today;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    CatalogPanel *m_catalogPanel;
    PromptEditor *m_promptEditor;
    ComparisonView *m_comparison;
    ComparisonController *m_controller;
    CatalogController *m_catalogController;
    QString m_connection;
    bool m_offlineDemo;
    QLabel *m_status;
    QLabel *m_mode;
    QLabel *m_credential;
    SettingsPageServices m_pageServices;
    QTimer *m_saveTimer;
    std::function<DoctorCredentials()> m_doctorCredentials;
};

} // namespace maas
