#pragma once

#include "settings/settings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace maas {

class ModelCatalog;
struct CredentialStatus;

// The settings page's checks and texts, apart from its widgets so they read (and test) on their own.
class SettingsChecks
{
    Q_DECLARE_TR_FUNCTIONS(SettingsChecks)

public:
    // Google's project-id rules: 6 to 30 characters, lowercase letters, digits and hyphens, starting
    // with a letter, not ending with a hyphen. "" when id is acceptable (or empty), else one sentence
    // saying what is wrong and what to use. field names the field ("Project ID", "Quota project").
    static QString projectIdProblem(const QString &id, const QString &field);
    // A pasted access token: one line, no spaces, long enough to be one. "" when plausible.
    static QString accessTokenProblem(const QString &token);
    // The token as pasted, without a "Bearer " prefix or surrounding space.
    static QString cleanedToken(const QString &pasted);

    // Every location the catalog's Vertex models are served at: global, the multi-regions, then the
    // regions in alphabetical order.
    static QStringList servedLocations(const ModelCatalog &catalog);
    // For each model id (as in the panes): where the catalog says it is served, marked when location
    // is not among them. Rich text, one line per model.
    static QString servedByHtml(const ModelCatalog &catalog, const QStringList &modelIds, const QString &location);

    // "Authenticated as X, token valid for 52 min", or the problem.
    static QString statusLine(const CredentialStatus &status);
    // The status bar's short form: "gcloud · me@example.com · 52 min", "Pasted token · expires in 4 min".
    static QString statusBarLine(const QString &sourceLabel, const CredentialStatus &status);
    // "gcloud", "Service account", "Pasted token", ...
    static QString sourceLabel(Settings::CredentialSource source);
};

} // namespace maas
