#pragma once

#include "client/chatclient.h"
#include "settings/settings.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace maas {

class Clock;
class SecretStore;
class SwitchableTokenProvider;

// Keeps where requests go in step with Settings while the app runs, so no change needs a restart:
// the ChatClient's options (project, endpoint, quota project, request type, timeout, retries) and the
// token source (rebuilt when the credential choice, its file or the pasted token change), and the
// switch between the offline demo and a real project.
class LiveConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveConnection)

public:
    enum class Mode
    {
        OfflineDemo,      // the built-in emulator, a fixed token
        EnvironmentToken, // MAAS_ACCESS_TOKEN, which wins over the settings
        LocalEndpoint,    // an endpoint override on loopback and no credential set: a placeholder token
        Configured,       // the credential source chosen in Settings (on loopback too, when one is set:
                          // a key or ADC file path, or a pasted token; see credentialIsSet())
    };
    Q_ENUM(Mode)

    struct Options
    {
        bool forceDemo = false;   // --demo
        QString environmentToken; // MAAS_ACCESS_TOKEN
        // Starts the built-in emulator the first time the demo is needed; returns its base URL, or an
        // empty URL when it cannot start. Null: no demo available.
        std::function<QUrl()> startDemo;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    // Sets the client's options and the token source at once, then follows settings.
    LiveConnection(Settings &settings, ChatClient &client, SwitchableTokenProvider &tokens, SecretStore *secrets,
                   QNetworkAccessManager &network, const Clock &clock, Options options, QObject *parent = nullptr);
    ~LiveConnection() override;

    Mode mode() const { return m_mode; }
    // In Configured mode: the source's description ("service account key /path/key.json"), and the
    // reason it could not be built ("" when it could).
    QString sourceDescription() const { return m_description; }
    QString problem() const { return m_problem; }
    // The ChatClient options the current settings ask for.
    ChatClient::Options clientOptions() const;

Q_SIGNALS:
    // The mode or the token source changed (the status bar checks the credentials again).
    void connectionChanged();
    // The client's options were set again from the settings (followers such as the Model Garden
    // lister read them from ChatClient::options() instead of computing them again).
    void clientOptionsApplied();

private:
    // Looks at the settings again (on construction and every relevant Settings::changed): sets the
    // client's options, and rebuilds the token source when the mode changed (then returns true).
    bool applyMode();
    void onSettingChanged(Settings::Key key);
    Mode wantedMode();
    void rebuildSource();

    Settings &m_settings;
    ChatClient &m_client;
    SwitchableTokenProvider &m_tokens;
    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    Options m_options;
    QUrl m_demoBase;
    bool m_demoTried = false;
    Mode m_mode = Mode::Configured;
    bool m_started = false;
    QString m_description;
    QString m_problem;
};

} // namespace maas
