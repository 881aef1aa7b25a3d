#pragma once

#include "catalog/modelinfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace maas {

// Edits the user's catalog file (docs/catalog-format.md) one entry at a time. The file is read
// as JSON and only the entry concerned changes: the user's other entries, their unknown fields and
// the file's other keys are kept. A file that cannot be read as a catalog is never overwritten: the
// edit fails with a message naming the file and line, and the user fixes or moves it first.
class UserCatalogFile
{
    Q_DECLARE_TR_FUNCTIONS(UserCatalogFile)

public:
    explicit UserCatalogFile(QString path);

    const QString &path() const { return m_path; }

    // Adds the entry, or replaces the one whose id is replacedId (or the entry's own id). Returns an
    // empty string on success, else what went wrong and what to do. Writes atomically.
    QString upsert(const QJsonObject &entry, const QString &replacedId = {});
    // Removes the entry with this id; an empty string on success.
    QString remove(const QString &id);
    // The entry as stored, or an empty object when the file or the entry is missing.
    QJsonObject entry(const QString &id) const;

    // The problems the catalog loader finds in a single entry (empty when it loads), as lines.
    static QStringList validate(const QJsonObject &entry);
    // A catalog entry for a model value (the fields docs/catalog-format.md names).
    static QJsonObject toJson(const ModelInfo &model);

private:
    // Reads the file's root object; a missing file gives an empty catalog. false with *error set
    // when the file exists but is not a catalog.
    bool read(QJsonObject *root, QString *error) const;
    QString write(const QJsonObject &root) const;

    QString m_path;
};

} // namespace maas
