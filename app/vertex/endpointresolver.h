#pragma once

#include <QString>
#include <QUrl>

namespace maas {

// Where a request goes: Google's regional, multi-region or global host, or a base URL override
// (emulator, proxy, private endpoint). Builds URLs that keep '@' and ':' literal in the path.
class EndpointResolver
{
public:
    // baseOverride: a base URL including the API version, e.g. http://127.0.0.1:8080/v1.
    explicit EndpointResolver(QString projectId, QUrl baseOverride = {}, QString apiVersion = QStringLiteral("v1"));

    // "aiplatform.googleapis.com" for global, "aiplatform.us.rep.googleapis.com" for us/eu,
    // "{region}-aiplatform.googleapis.com" otherwise.
    static QString hostFor(QStringView location);
    // Empty when acceptable, else what is wrong (locations are lowercase words and region names).
    static QString locationProblem(QStringView location);
    // Empty when acceptable: project ids (or numbers) are lowercase letters, digits and hyphens.
    static QString projectProblem(QStringView project);

    // ".../v1/projects/{p}/locations/{l}/{path}"; path comes from the codec.
    QUrl url(QStringView location, QStringView path) const;
    // Cloud Resource Manager v1 for this project: "https://cloudresourcemanager.googleapis.com/v1/projects/{p}"
    // plus suffix (e.g. ":testIamPermissions"). With an override (emulator, proxy) the override's
    // scheme, host and port serve it too, so one setting points every call at the same place.
    QUrl resourceManagerUrl(QStringView suffix = {}) const;
    // Google's token information endpoint ("https://oauth2.googleapis.com/tokeninfo"), or /tokeninfo on
    // the override's origin: who an access token belongs to.
    QUrl tokenInfoUrl() const;
    // {base}/{path} for a custom OpenAI-compatible server.
    static QUrl customUrl(const QUrl &base, QStringView path);

    const QString &projectId() const { return m_project; }
    const QUrl &baseOverride() const { return m_override; }

private:
    // googleOrigin, or the override's scheme, host and port when there is one.
    QString originFor(const QString &googleOrigin) const;

    QString m_project;
    QUrl m_override;
    QString m_apiVersion;
};

} // namespace maas
