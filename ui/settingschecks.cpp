#include "settingschecks.h"

#include "auth/credentialprobe.h"
#include "catalog/modelcatalog.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace maas {

QString SettingsChecks::projectIdProblem(const QString &id, const QString &field)
{
    if (id.isEmpty())
        return {};
    static const QRegularExpression valid(u"^[a-z][a-z0-9-]{4,28}[a-z0-9]$"_s);
    if (valid.match(id).hasMatch())
        return {};
    static const QRegularExpression number(u"^[0-9]+$"_s);
    if (number.match(id).hasMatch())
        return tr("%1: '%2' looks like a project number; enter the project ID (for example my-project-123), "
                  "shown in the console's project picker.")
            .arg(field, id);
    if (id.contains(u' '))
        return tr("%1: '%2' looks like a display name; enter the project ID instead (lowercase, no spaces, "
                  "for example my-project-123), shown in the console's project picker.")
            .arg(field, id);
    if (id != id.toLower())
        return tr("%1: project IDs are lowercase; did you mean '%2'?").arg(field, id.toLower());
    static const QRegularExpression bad(u"[^a-z0-9-]"_s);
    if (const QRegularExpressionMatch m = bad.match(id); m.hasMatch())
        return tr("%1: '%2' is not allowed; a project ID holds only lowercase letters, digits and hyphens.")
            .arg(field, m.captured());
    if (id.size() < 6 || id.size() > 30)
        return tr("%1: '%2' has %3 characters; a project ID has 6 to 30.").arg(field, id).arg(id.size());
    if (!id.front().isLetter())
        return tr("%1: a project ID starts with a letter.").arg(field);
    return tr("%1: a project ID cannot end with a hyphen.").arg(field);
}

QString SettingsChecks::cleanedToken(const QString &pasted)
{
    QString token = pasted.trimmed();
    if (token.startsWith(u"Bearer "_s, Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    return token;
}

QString SettingsChecks::accessTokenProblem(const QString &token)
{
    const QString t = cleanedToken(token);
    if (t.isEmpty())
        return {};
    static const QRegularExpression space(u"\\s"_s);
    if (t.contains(space))
        return tr("Access token: it contains spaces or line breaks; paste only the output of "
                  "gcloud auth print-access-token.");
    if (t.size() < 20)
        return tr("Access token: %n character(s) is too short for a Google access token; paste the whole output "
                  "of gcloud auth print-access-token.",
                  nullptr, static_cast<int>(t.size()));
    return {};
}

QStringList SettingsChecks::servedLocations(const ModelCatalog &catalog)
{
    QSet<QString> multi;
    QSet<QString> regions;
    for (const ModelInfo &m : catalog.models()) {
        if (!m.endpoint.isEmpty())
            continue; // a custom server, not Vertex
        for (const QString &r : m.multiRegions)
            multi.insert(r);
        for (const QString &r : m.regions)
            regions.insert(r);
    }
    // us and eu are Vertex multi-regions even when no catalog entry lists them yet.
    multi.insert(u"us"_s);
    multi.insert(u"eu"_s);
    QStringList multiList(multi.cbegin(), multi.cend());
    QStringList regionList(regions.cbegin(), regions.cend());
    std::sort(multiList.begin(), multiList.end(), [](const QString &a, const QString &b) {
        // us before eu, as Google lists them; others alphabetically after.
        const auto rank = [](const QString &s) { return s == u"us" ? 0 : s == u"eu" ? 1 : 2; };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    std::sort(regionList.begin(), regionList.end());
    return QStringList{u"global"_s} + multiList + regionList;
}

QString SettingsChecks::servedByHtml(const ModelCatalog &catalog, const QStringList &modelIds, const QString &location)
{
    QStringList lines;
    QSet<QString> seen;
    for (const QString &id : modelIds) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        const ModelInfo *info = catalog.find(id);
        if (!info) {
            lines << tr("%1: not in the catalog, so where it is served is unknown").arg(id.toHtmlEscaped());
            continue;
        }
        if (!info->endpoint.isEmpty()) {
            lines << tr("%1: your own server (%2); the location does not apply")
                         .arg(info->name.toHtmlEscaped(), info->endpoint.host().toHtmlEscaped());
            continue;
        }
        const QString where = info->locations().join(u", "_s).toHtmlEscaped();
        if (info->servesLocation(location))
            lines << tr("✓ %1: %2").arg(info->name.toHtmlEscaped(), where);
        else
            // Two lines, so a long list never runs past the field.
            lines << tr("<span style=\"color:#b3261e\">✗ %1: not served at %2<br>&nbsp;&nbsp;&nbsp;&nbsp;(served at: "
                        "%3)</span>")
                         .arg(info->name.toHtmlEscaped(), location.toHtmlEscaped(),
                              where.isEmpty() ? tr("none listed") : where);
    }
    return lines.join(u"<br>"_s);
}

QString SettingsChecks::statusLine(const CredentialStatus &status)
{
    using S = CredentialStatus::State;
    switch (status.state) {
    case S::Unknown:
        return {};
    case S::Checking:
        return tr("Checking the credentials…");
    case S::Problem:
        return tr("Problem: %1").arg(status.problem);
    case S::Ready:
        break;
    }
    QString who = status.account.isEmpty() ? tr("Token obtained (the source does not say for whom)")
                                           : tr("Authenticated as %1").arg(status.account);
    QString line;
    if (status.minutesLeft < 0)
        line = tr("%1; the source does not say when the token expires.").arg(who);
    else if (status.expiresSoon())
        line = tr("%1, token valid for %n more min only: a pasted token cannot be refreshed, paste a new one "
                  "(gcloud auth print-access-token).",
                  nullptr, status.minutesLeft)
                   .arg(who);
    else
        line = tr("%1, token valid for %n min", nullptr, status.minutesLeft).arg(who);
    if (!status.note.isEmpty())
        line += u'\n' + tr("Note: %1.").arg(status.note);
    return line;
}

QString SettingsChecks::statusBarLine(const QString &sourceLabel, const CredentialStatus &status)
{
    using S = CredentialStatus::State;
    switch (status.state) {
    case S::Unknown:
        return sourceLabel;
    case S::Checking:
        return tr("%1 · checking…").arg(sourceLabel);
    case S::Problem:
        return tr("%1 · %2").arg(sourceLabel, status.problem);
    case S::Ready:
        break;
    }
    QStringList parts{sourceLabel};
    if (!status.account.isEmpty())
        parts << status.account;
    if (status.minutesLeft >= 0)
        parts << (status.refreshable ? tr("%n min", nullptr, status.minutesLeft)
                                     : tr("expires in %n min", nullptr, status.minutesLeft));
    return parts.join(u" · "_s);
}

QString SettingsChecks::sourceLabel(Settings::CredentialSource source)
{
    using C = Settings::CredentialSource;
    switch (source) {
    case C::GcloudCli:
        return tr("gcloud");
    case C::ApplicationDefault:
        return tr("Application Default Credentials");
    case C::ServiceAccountKey:
        return tr("Service account");
    case C::MetadataServer:
        return tr("Metadata server");
    case C::PastedToken:
        return tr("Pasted token");
    }
    return {};
}

} // namespace maas
