#include "catalog/usercatalogfile.h"

#include "catalog/jsonlocator.h"
#include "catalog/modelcatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace maas {

UserCatalogFile::UserCatalogFile(QString path)
    : m_path(std::move(path))
{}

bool UserCatalogFile::read(QJsonObject *root, QString *error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        *root = QJsonObject{{u"schema"_s, 1}, {u"models"_s, QJsonArray()}};
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1 (%2); nothing was changed.").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonLocator::lineAndColumn(bytes, parseError.offset);
        *error = tr("%1:%2: not valid JSON at column %3 (%4). The file was left as it is: fix it (or move "
                    "it away) and try again.")
                     .arg(m_path)
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject() || (doc.object().contains("models"_L1) && !doc.object().value("models"_L1).isArray())) {
        *error = tr("%1 is not a catalog (a JSON object with a \"models\" array). The file was left as it "
                    "is: fix it (or move it away) and try again.")
                     .arg(m_path);
        return false;
    }
    *root = doc.object();
    return true;
}

QString UserCatalogFile::write(const QJsonObject &root) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write %1 (%2); nothing was changed.").arg(m_path, file.errorString());
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Cannot write %1 (%2); nothing was changed.").arg(m_path, file.errorString());
    return {};
}

QString UserCatalogFile::upsert(const QJsonObject &entry, const QString &replacedId)
{
    QJsonObject root;
    QString error;
    if (!read(&root, &error))
        return error;
    const QString id = entry.value("id"_L1).toString();
    const QString target = replacedId.isEmpty() ? id : replacedId;
    QJsonArray models = root.value("models"_L1).toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QString existing = models.at(i).toObject().value("id"_L1).toString();
        if (existing == target && !replaced) {
            models.replace(i, entry);
            replaced = true;
        } else if (existing == id && id != target) {
            return tr("%1 already has a model with the id \"%2\"; choose another id.").arg(m_path, id);
        }
    }
    if (!replaced)
        models.append(entry);
    root.insert("models"_L1, models);
    if (!root.contains("schema"_L1))
        root.insert("schema"_L1, 1);
    return write(root);
}

QString UserCatalogFile::remove(const QString &id)
{
    QJsonObject root;
    QString error;
    if (!read(&root, &error))
        return error;
    QJsonArray models = root.value("models"_L1).toArray();
    for (qsizetype i = 0; i < models.size(); ++i) {
        if (models.at(i).toObject().value("id"_L1).toString() == id) {
            models.removeAt(i);
            root.insert("models"_L1, models);
            return write(root);
        }
    }
    return tr("%1 has no model with the id \"%2\"; nothing was removed.").arg(m_path, id);
}

QJsonObject UserCatalogFile::entry(const QString &id) const
{
    QJsonObject root;
    QString error;
    if (!read(&root, &error))
        return {};
    const QJsonArray models = root.value("models"_L1).toArray();
    for (const QJsonValue &m : models) {
        if (m.toObject().value("id"_L1).toString() == id)
            return m.toObject();
    }
    return {};
}

QStringList UserCatalogFile::validate(const QJsonObject &entry)
{
    const QJsonObject root{{u"schema"_s, 1}, {u"models"_s, QJsonArray{entry}}};
    ModelCatalog catalog;
    catalog.addJson(QJsonDocument(root).toJson(QJsonDocument::Indented), u"entry"_s, true);
    QStringList problems;
    for (const CatalogIssue &issue : catalog.issues()) {
        QString field = issue.field;
        field.remove(u"models[0]."_s);
        field.remove(u"models[0]"_s);
        problems << (field.isEmpty() ? issue.message : field + u": "_s + issue.message);
    }
    return problems;
}

QJsonObject UserCatalogFile::toJson(const ModelInfo &m)
{
    QJsonObject o;
    o.insert("id"_L1, m.id);
    o.insert("name"_L1, m.name);
    o.insert("publisher"_L1, m.publisher);
    if (!m.publisherName.isEmpty() && m.publisherName != m.publisher)
        o.insert("publisherName"_L1, m.publisherName);
    o.insert("family"_L1, wireFamilyName(m.family));
    o.insert("requestId"_L1, m.requestId);
    o.insert("modalities"_L1, QJsonArray::fromStringList(modalityNames(m.modalities)));
    o.insert("description"_L1, m.description);
    o.insert("launchStage"_L1, m.preview ? u"preview"_s : u"GA"_s);
    o.insert("regions"_L1, QJsonArray::fromStringList(m.regions));
    if (!m.multiRegions.isEmpty())
        o.insert("multiRegions"_L1, QJsonArray::fromStringList(m.multiRegions));
    o.insert("global"_L1, m.global);
    if (m.contextWindow > 0)
        o.insert("contextWindow"_L1, m.contextWindow);
    if (m.maxOutputTokens > 0)
        o.insert("maxOutputTokens"_L1, m.maxOutputTokens);
    if (m.embeddingDimensions > 0) {
        QJsonObject embedding{{u"dimensions"_s, m.embeddingDimensions}};
        if (m.maxSequenceLength > 0)
            embedding.insert("maxSequenceLength"_L1, m.maxSequenceLength);
        o.insert("embedding"_L1, embedding);
    }
    if (m.thinkingMode != ThinkingMode::None)
        o.insert("thinking"_L1, QJsonObject{{u"mode"_s, thinkingModeName(m.thinkingMode)},
                                            {u"format"_s, thinkingFormatName(m.thinkingFormat)}});
    if (m.pricing) {
        o.insert("pricing"_L1, QJsonObject{{u"input"_s, m.pricing->inputPerMillion},
                                           {u"output"_s, m.pricing->outputPerMillion},
                                           {u"currency"_s, m.pricing->currency},
                                           {u"asOf"_s, m.pricing->asOf.toString(Qt::ISODate)}});
    }
    QJsonObject lifecycle;
    const auto date = [&](const char *key, QDate d) {
        if (d.isValid())
            lifecycle.insert(QLatin1StringView(key), d.toString(Qt::ISODate));
    };
    date("preview", m.lifecycle.preview);
    date("ga", m.lifecycle.ga);
    date("deprecated", m.lifecycle.deprecated);
    date("retired", m.lifecycle.retired);
    if (!m.lifecycle.replacement.isEmpty())
        lifecycle.insert("replacement"_L1, m.lifecycle.replacement);
    if (!m.lifecycle.note.isEmpty())
        lifecycle.insert("note"_L1, m.lifecycle.note);
    o.insert("lifecycle"_L1, lifecycle);
    if (!m.endpoint.isEmpty())
        o.insert("endpoint"_L1, m.endpoint.toString());
    if (!m.notes.isEmpty())
        o.insert("notes"_L1, m.notes);
    return o;
}

} // namespace maas
