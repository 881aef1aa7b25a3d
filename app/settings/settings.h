#pragma once

#include <QDateTime>
#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace maas {

// The one settings facade: a typed key table over QSettings, a changed(Key) signal, a version with
// migrate(). Never holds a secret (those live in SecretStore).
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key
    {
        ProjectId,
        Region,
        EndpointOverride,
        CredentialSource,
        CredentialFile,
        RequestTimeoutSeconds,
        RetryCount,
        PaneLayout,
        PaneModels,
        PaneLocations,
        PaneOverrides, // one compact JSON object per pane (ParameterOverrides::toJson), "{}" for none
        SystemPrompt,
        UserPrompt,
        WindowGeometry,
        WindowState,
        FavouriteModels, // catalog ids, in the order they were starred
        QuotaProject,
        RequestType,
        PastedTokenTime,
        PromptVariables, // the Variables table's values, a JSON object {"name": "value"}
    };
    Q_ENUM(Key)

    enum class CredentialSource
    {
        GcloudCli,
        ApplicationDefault,
        ServiceAccountKey,
        MetadataServer,
        PastedToken,
    };
    Q_ENUM(CredentialSource)

    // How requests use Provisioned Throughput (X-Vertex-AI-LLM-Request-Type).
    enum class RequestType
    {
        Automatic,   // no header: provisioned throughput first, pay-as-you-go beyond it
        Provisioned, // "dedicated": provisioned throughput only, 429 beyond it
        PayAsYouGo,  // "shared": bypass provisioned throughput
    };
    Q_ENUM(RequestType)

    enum class PaneLayout
    {
        SideBySide,
        Stacked,
    };
    Q_ENUM(PaneLayout)

    static constexpr int kCurrentVersion = 2;

    // The user's settings in the platform's usual place.
    explicit Settings(QObject *parent = nullptr);
    // Settings in an INI file at path (tests, portable setups).
    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    // Stores value after converting it to the key's type; returns false (and keeps the old value)
    // when it does not convert or is out of range. Emits changed(key) when the value differs.
    bool setValue(Key key, const QVariant &value);
    void reset(Key key);

    template<typename T>
    T get(Key key) const
    {
        return value(key).template value<T>();
    }

    QString projectId() const { return get<QString>(Key::ProjectId); }
    QString region() const { return get<QString>(Key::Region); }
    QString endpointOverride() const { return get<QString>(Key::EndpointOverride); }
    CredentialSource credentialSource() const;
    int requestTimeoutSeconds() const { return get<int>(Key::RequestTimeoutSeconds); }
    int retryCount() const { return get<int>(Key::RetryCount); }
    PaneLayout paneLayout() const;
    // x-goog-user-project as set here ("" when not set; see quotaProjectFor() in app/auth).
    QString quotaProject() const { return get<QString>(Key::QuotaProject); }
    RequestType requestType() const;
    // When the token now in the SecretStore was pasted (UTC; invalid when none was).
    QDateTime pastedTokenTime() const;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    int version() const;
    // Brings an older file up to kCurrentVersion. Runs from the constructors; public for tests.
    void migrate();
    void sync();
    QString fileName() const;

Q_SIGNALS:
    void changed(maas::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace maas
