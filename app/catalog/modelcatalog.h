#pragma once

#include "catalog/modelinfo.h"

#include <QList>
#include <QString>

namespace maas {

// A problem found while loading a catalog file: which file, line and field, and what is wrong.
struct CatalogIssue
{
    QString file;
    int line = 0;
    QString field; // JSON path, e.g. "models[2].regions"; empty for whole-file problems
    QString message;

    QString toString() const;
};

// The models the app knows: the shipped catalog plus the user's additions. Informs, never forbids:
// a model missing here can still be requested by its exact id.
class ModelCatalog
{
public:
    // The shipped catalog (compiled in under :/catalog) followed by the user's file, if it exists.
    static ModelCatalog load(const QString &userCatalogPath);
    static QStringList shippedFiles();
    static QString defaultUserCatalogPath();

    // Adds the models of one file. Invalid models are skipped with an issue each; the rest load.
    // A user (custom) entry with a shipped id replaces the shipped entry.
    void addFile(const QString &path, bool custom);
    void addJson(const QByteArray &json, const QString &fileName, bool custom);
    // Adds entries found elsewhere (a Model Garden listing); ids already present are skipped.
    void addDiscovered(const QList<ModelInfo> &models);
    // Cross-entry checks (replacement ids); call once after the last add.
    void checkReferences();

    const QList<ModelInfo> &models() const { return m_models; }
    const QList<CatalogIssue> &issues() const { return m_issues; }
    // By catalog id, or by exact request id ("claude-sonnet-4@20250514", "meta/llama-3.3-70b-instruct-maas").
    const ModelInfo *find(QStringView idOrRequestId) const;
    // Publisher ids in catalog order.
    QStringList publishers() const;

private:
    QList<ModelInfo> m_models;
    QList<CatalogIssue> m_issues;
};

} // namespace maas
