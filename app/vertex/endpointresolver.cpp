#include "vertex/endpointresolver.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

QString trimmedBase(const QUrl &url)
{
    QString base = url.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

// Keeps the characters model ids use ('@' versions, ':' verbs, '/' publishers) and encodes the rest.
QString encodePath(QStringView path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path.toString(), "/@:-._~"));
}

} // namespace

EndpointResolver::EndpointResolver(QString projectId, QUrl baseOverride, QString apiVersion)
    : m_project(std::move(projectId))
    , m_override(std::move(baseOverride))
    , m_apiVersion(std::move(apiVersion))
{}

QString EndpointResolver::hostFor(QStringView location)
{
    if (location == u"global")
        return u"aiplatform.googleapis.com"_s;
    if (location == u"us" || location == u"eu")
        return u"aiplatform.%1.rep.googleapis.com"_s.arg(location);
    return location.toString() + u"-aiplatform.googleapis.com"_s;
}

QString EndpointResolver::locationProblem(QStringView location)
{
    static const QRegularExpression pattern(u"^[a-z]+(-[a-z]+[0-9]+)?$"_s);
    if (location.isEmpty())
        return u"no location given; use global, us, eu or a region such as us-east5"_s;
    if (!pattern.matchView(location).hasMatch())
        return u"'%1' is not a location; use global, us, eu or a region such as us-east5"_s.arg(location);
    return {};
}

QString EndpointResolver::projectProblem(QStringView project)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,62}$"_s);
    if (project.isEmpty())
        return u"no Google Cloud project set; pass --project or set it in Settings"_s;
    if (!pattern.matchView(project).hasMatch())
        return u"'%1' is not a project id; use the id (lowercase letters, digits, hyphens), not the display name"_s.arg(
            project);
    return {};
}

QUrl EndpointResolver::url(QStringView location, QStringView path) const
{
    const QString base =
        m_override.isEmpty() ? u"https://%1/%2"_s.arg(hostFor(location), m_apiVersion) : trimmedBase(m_override);
    return QUrl(base + u"/projects/"_s + encodePath(m_project) + u"/locations/"_s + encodePath(location) + u'/' +
                    encodePath(path),
                QUrl::StrictMode);
}

QString EndpointResolver::originFor(const QString &googleOrigin) const
{
    if (m_override.isEmpty())
        return googleOrigin;
    return m_override
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                  QUrl::StripTrailingSlash)
        .toString(QUrl::FullyEncoded);
}

QUrl EndpointResolver::resourceManagerUrl(QStringView suffix) const
{
    return QUrl(originFor(u"https://cloudresourcemanager.googleapis.com"_s) + u"/v1/projects/"_s +
                    encodePath(m_project) + encodePath(suffix),
                QUrl::StrictMode);
}

QUrl EndpointResolver::tokenInfoUrl() const
{
    return QUrl(originFor(u"https://oauth2.googleapis.com"_s) + u"/tokeninfo"_s, QUrl::StrictMode);
}

QUrl EndpointResolver::customUrl(const QUrl &base, QStringView path)
{
    return QUrl(trimmedBase(base) + u'/' + encodePath(path), QUrl::StrictMode);
}

} // namespace maas
