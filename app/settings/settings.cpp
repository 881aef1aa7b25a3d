#include "settings/settings.h"

#include <QLoggingCategory>
#include <QMetaEnum>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSettings, "maas.settings")

namespace maas {

namespace {

struct KeyInfo
{
    Settings::Key key;
    QLatin1StringView name;
    QMetaType::Type type;
    QVariant (*defaultValue)();
    int min = 0; // for ints
    int max = 0;
};

// The key table: every setting's storage name, type and default, in one place.
const auto &keyTable()
{
    using K = Settings::Key;
    static const auto table = std::to_array<KeyInfo>({
        {K::ProjectId, "vertex/projectId"_L1, QMetaType::QString, [] { return QVariant(QString()); }},
        {K::Region, "vertex/region"_L1, QMetaType::QString, [] { return QVariant(u"global"_s); }},
        {K::EndpointOverride, "vertex/endpointOverride"_L1, QMetaType::QString, [] { return QVariant(QString()); }},
        {K::CredentialSource, "auth/source"_L1, QMetaType::QString, [] { return QVariant(u"GcloudCli"_s); }},
        {K::CredentialFile, "auth/file"_L1, QMetaType::QString, [] { return QVariant(QString()); }},
        {K::RequestTimeoutSeconds, "network/requestTimeoutSeconds"_L1, QMetaType::Int, [] { return QVariant(600); }, 10,
         3600},
        {K::RetryCount, "network/retryCount"_L1, QMetaType::Int, [] { return QVariant(2); }, 0, 10},
        {K::PaneLayout, "ui/paneLayout"_L1, QMetaType::QString, [] { return QVariant(u"SideBySide"_s); }},
        {K::PaneModels, "ui/paneModels"_L1, QMetaType::QStringList,
         [] { return QVariant(QStringList{u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s}); }},
        {K::PaneLocations, "ui/paneLocations"_L1, QMetaType::QStringList, [] { return QVariant(QStringList()); }},
        {K::PaneOverrides, "ui/paneOverrides"_L1, QMetaType::QStringList, [] { return QVariant(QStringList()); }},
        {K::SystemPrompt, "prompt/system"_L1, QMetaType::QString, [] { return QVariant(QString()); }},
        {K::UserPrompt, "prompt/user"_L1, QMetaType::QString, [] { return QVariant(QString()); }},
        {K::WindowGeometry, "ui/windowGeometry"_L1, QMetaType::QByteArray, [] { return QVariant(QByteArray()); }},
        {K::WindowState, "ui/windowState"_L1, QMetaType::QByteArray, [] { return QVariant(QByteArray()); }},
        {K::FavouriteModels, "catalog/favourites"_L1, QMetaType::QStringList, [] { return QVariant(QStringList()); }},
        {K::QuotaProject, "vertex/quotaProject"_L1, QMetaType::QString, [] { return QVariant(QString()); }},
        {K::RequestType, "vertex/requestType"_L1, QMetaType::QString, [] { return QVariant(u"Automatic"_s); }},
        // ISO 8601 UTC; the token itself lives only in the SecretStore.
        {K::PastedTokenTime, "auth/pastedTokenTime"_L1, QMetaType::QString, [] { return QVariant(QString()); }},
        {K::PromptVariables, "prompt/variables"_L1, QMetaType::QString, [] { return QVariant(QString()); }},
    });
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    // Looked up by key, not by index, so the rows can be in any order.
    const auto &table = keyTable();
    const auto it = std::find_if(table.begin(), table.end(), [key](const KeyInfo &row) { return row.key == key; });
    if (it == table.end())
        qFatal("Settings: key %d has no row in the key table", int(key));
    return *it;
}

template<typename Enum>
bool isEnumName(const QVariant &value)
{
    bool ok = false;
    QMetaEnum::fromType<Enum>().keyToValue(value.toString().toLatin1().constData(), &ok);
    return ok;
}

template<typename Enum>
Enum enumFromName(const QString &name, Enum fallback)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<Enum>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? static_cast<Enum>(v) : fallback;
}

// Converts to the key's type and checks its range; an invalid QVariant means "rejected".
QVariant normalized(Settings::Key key, const QVariant &value)
{
    const KeyInfo &k = info(key);
    QVariant v = value;
    if (!v.isValid() || !v.convert(QMetaType(k.type)))
        return {};
    if (k.type == QMetaType::Int && (v.toInt() < k.min || v.toInt() > k.max))
        return {};
    if (key == Settings::Key::CredentialSource && !isEnumName<Settings::CredentialSource>(v))
        return {};
    if (key == Settings::Key::PaneLayout && !isEnumName<Settings::PaneLayout>(v))
        return {};
    if (key == Settings::Key::RequestType && !isEnumName<Settings::RequestType>(v))
        return {};
    if (key == Settings::Key::PastedTokenTime && !v.toString().isEmpty() &&
        !QDateTime::fromString(v.toString(), Qt::ISODate).isValid())
        return {};
    if (k.type == QMetaType::QString)
        v = v.toString().trimmed();
    return v;
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const KeyInfo &k = info(key);
    if (!m_store->contains(k.name))
        return k.defaultValue();
    const QVariant v = normalized(key, m_store->value(k.name));
    if (!v.isValid()) {
        qCWarning(lcSettings) << "ignoring invalid value of" << k.name << "in" << m_store->fileName()
                              << "; using the default";
        return k.defaultValue();
    }
    return v;
}

bool Settings::setValue(Key key, const QVariant &value)
{
    const QVariant v = normalized(key, value);
    if (!v.isValid())
        return false;
    if (this->value(key) == v && m_store->contains(info(key).name))
        return true;
    m_store->setValue(info(key).name, v);
    Q_EMIT changed(key);
    return true;
}

void Settings::reset(Key key)
{
    const bool had = m_store->contains(info(key).name);
    const QVariant before = value(key);
    m_store->remove(info(key).name);
    if (had && before != value(key))
        Q_EMIT changed(key);
}

Settings::CredentialSource Settings::credentialSource() const
{
    return enumFromName(get<QString>(Key::CredentialSource), CredentialSource::GcloudCli);
}

Settings::PaneLayout Settings::paneLayout() const
{
    return enumFromName(get<QString>(Key::PaneLayout), PaneLayout::SideBySide);
}

Settings::RequestType Settings::requestType() const
{
    return enumFromName(get<QString>(Key::RequestType), RequestType::Automatic);
}

QDateTime Settings::pastedTokenTime() const
{
    return QDateTime::fromString(get<QString>(Key::PastedTokenTime), Qt::ISODate).toUTC();
}

QString Settings::keyName(Key key)
{
    return info(key).name;
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue();
}

int Settings::version() const
{
    return m_store->value("meta/version"_L1, 0).toInt();
}

// Version history:
//  0 -> 1: the early builds stored the project and location at the top level as "project" and
//          "location" (the gcloud names); they move under vertex/.
//  1 -> 2: the request timeout was stored in milliseconds as network/timeoutMs.
void Settings::migrate()
{
    int from = version();
    if (from >= kCurrentVersion) {
        if (from > kCurrentVersion)
            qCWarning(lcSettings) << m_store->fileName() << "was written by a newer version (" << from
                                  << "); unknown keys are left alone";
        return;
    }
    if (m_store->allKeys().isEmpty()) { // a new file: nothing to migrate
        m_store->setValue("meta/version"_L1, kCurrentVersion);
        return;
    }
    if (from < 1) {
        const std::array<std::pair<QLatin1StringView, Key>, 2> renames{{
            {"project"_L1, Key::ProjectId},
            {"location"_L1, Key::Region},
        }};
        for (const auto &[old, key] : renames) {
            if (m_store->contains(old)) {
                if (!m_store->contains(info(key).name))
                    m_store->setValue(info(key).name, m_store->value(old));
                m_store->remove(old);
            }
        }
        from = 1;
    }
    if (from < 2) {
        const QLatin1StringView old("network/timeoutMs");
        if (m_store->contains(old)) {
            const int seconds = (m_store->value(old).toInt() + 999) / 1000;
            const KeyInfo &k = info(Key::RequestTimeoutSeconds);
            m_store->setValue(k.name, std::clamp(seconds, k.min, k.max));
            m_store->remove(old);
        }
        from = 2;
    }
    m_store->setValue("meta/version"_L1, from);
    m_store->sync();
    qCInfo(lcSettings) << "migrated" << m_store->fileName() << "to version" << from;
}

void Settings::sync()
{
    m_store->sync();
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

} // namespace maas
