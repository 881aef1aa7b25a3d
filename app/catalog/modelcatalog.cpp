#include "catalog/modelcatalog.h"

#include "catalog/jsonlocator.h"
#include "common/urlpolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

constexpr int kSchemaVersion = 1;

QString defaultPublisherName(const QString &publisher)
{
    static const QHash<QString, QString> names{
        {u"anthropic"_s, u"Anthropic"_s},    {u"mistralai"_s, u"Mistral AI"_s},
        {u"openai"_s, u"OpenAI"_s},          {u"qwen"_s, u"Qwen"_s},
        {u"deepseek-ai"_s, u"DeepSeek"_s},   {u"meta"_s, u"Meta"_s},
        {u"intfloat"_s, u"intfloat (E5)"_s},
    };
    return names.value(publisher, publisher);
}

// Reads the fields of one model object, recording every problem against its JSON path.
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, QString path, const JsonLocator &locator, QString file,
                QList<CatalogIssue> *issues)
        : m_object(object)
        , m_path(std::move(path))
        , m_locator(locator)
        , m_file(std::move(file))
        , m_issues(issues)
    {}

    bool ok() const { return m_ok; }
    const QJsonObject &self() const { return m_object; }

    void fail(const QString &field, const QString &message)
    {
        const QString path = field.isEmpty() ? m_path : m_path + u'.' + field;
        m_issues->append({m_file, m_locator.lineOf(path), path, message});
        m_ok = false;
    }

    QJsonValue value(const QString &field, bool required)
    {
        const QJsonValue v = m_object.value(field);
        if ((v.isUndefined() || v.isNull()) && required)
            fail(field, u"required field is missing"_s);
        return v;
    }

    QString string(const QString &field, bool required)
    {
        const QJsonValue v = value(field, required);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            fail(field, u"expected a non-empty string"_s);
            return {};
        }
        return v.toString().trimmed();
    }

    QStringList strings(const QString &field, bool required)
    {
        const QJsonValue v = value(field, required);
        QStringList result;
        if (v.isUndefined() || v.isNull())
            return result;
        if (!v.isArray()) {
            fail(field, u"expected an array of strings"_s);
            return result;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().isEmpty()) {
                fail(field + u'[' + QString::number(i) + u']', u"expected a non-empty string"_s);
                continue;
            }
            result << array.at(i).toString();
        }
        return result;
    }

    bool boolean(const QString &field, bool required)
    {
        const QJsonValue v = value(field, required);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool()) {
            fail(field, u"expected true or false"_s);
            return false;
        }
        return v.toBool();
    }

    int positiveInt(const QJsonObject &object, const QString &field, const QString &fieldPath)
    {
        const QJsonValue v = object.value(field);
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > 1e9 || d != static_cast<double>(static_cast<qint64>(d))) {
            fail(fieldPath, u"expected a positive whole number"_s);
            return 0;
        }
        return static_cast<int>(d);
    }

    QDate date(const QJsonObject &object, const QString &field, const QString &fieldPath)
    {
        const QJsonValue v = object.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !d.isValid())
            fail(fieldPath, u"expected a date as YYYY-MM-DD"_s);
        return d;
    }

    QJsonObject object(const QString &field)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(field, u"expected an object"_s);
        return v.toObject();
    }

private:
    const QJsonObject &m_object;
    QString m_path;
    const JsonLocator &m_locator;
    QString m_file;
    QList<CatalogIssue> *m_issues;
    bool m_ok = true;
};

std::optional<ModelInfo> readModel(EntryReader &r, const QString &file, bool custom)
{
    ModelInfo m;
    m.sourceFile = file;
    m.custom = custom;

    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9._-]*$"_s);
    m.id = r.string(u"id"_s, true);
    if (!m.id.isEmpty() && !idPattern.match(m.id).hasMatch())
        r.fail(u"id"_s, u"use lowercase letters, digits, '.', '_' and '-' only"_s);
    m.name = r.string(u"name"_s, true);
    m.publisher = r.string(u"publisher"_s, true);
    m.publisherName = r.string(u"publisherName"_s, false);
    if (m.publisherName.isEmpty())
        m.publisherName = defaultPublisherName(m.publisher);

    const QString family = r.string(u"family"_s, true);
    if (!family.isEmpty()) {
        if (const auto f = wireFamilyFromName(family))
            m.family = *f;
        else
            r.fail(u"family"_s,
                   u"unknown wire family '%1'; use anthropic-vertex, openai-chat, mistral-vertex or embeddings"_s.arg(
                       family));
    }
    m.requestId = r.string(u"requestId"_s, true);
    m.description = r.string(u"description"_s, true);
    m.notes = r.string(u"notes"_s, false);

    const QStringList modalities = r.strings(u"modalities"_s, true);
    for (qsizetype i = 0; i < modalities.size(); ++i) {
        if (const auto mod = modalityFromName(modalities.at(i)))
            m.modalities |= *mod;
        else
            r.fail(u"modalities[%1]"_s.arg(i),
                   u"unknown modality '%1'; use text, code, vision or embeddings"_s.arg(modalities.at(i)));
    }

    const QString stage = r.string(u"launchStage"_s, true);
    if (stage == u"preview")
        m.preview = true;
    else if (!stage.isEmpty() && stage != u"GA")
        r.fail(u"launchStage"_s, u"expected \"GA\" or \"preview\", got \"%1\""_s.arg(stage));

    m.regions = r.strings(u"regions"_s, true);
    m.multiRegions = r.strings(u"multiRegions"_s, false);
    m.global = r.boolean(u"global"_s, true);

    m.contextWindow = r.positiveInt(r.self(), u"contextWindow"_s, u"contextWindow"_s);
    m.maxOutputTokens = r.positiveInt(r.self(), u"maxOutputTokens"_s, u"maxOutputTokens"_s);

    const QJsonObject embedding = r.object(u"embedding"_s);
    m.embeddingDimensions = r.positiveInt(embedding, u"dimensions"_s, u"embedding.dimensions"_s);
    m.maxSequenceLength = r.positiveInt(embedding, u"maxSequenceLength"_s, u"embedding.maxSequenceLength"_s);
    if (m.family == WireFamily::Embeddings && m.embeddingDimensions == 0)
        r.fail(u"embedding.dimensions"_s, u"embedding models need their output dimensions"_s);

    const QJsonObject thinking = r.object(u"thinking"_s);
    if (!thinking.isEmpty()) {
        const auto mode = thinkingModeFromName(thinking.value("mode"_L1).toString());
        const auto format = thinkingFormatFromName(thinking.value("format"_L1).toString());
        if (!mode)
            r.fail(u"thinking.mode"_s, u"expected budget, adaptive, always, optional or none"_s);
        if (!format)
            r.fail(u"thinking.format"_s, u"expected anthropic, reasoning-field, think-tags or none"_s);
        if (mode && format) {
            m.thinkingMode = *mode;
            m.thinkingFormat = *format;
        }
    }

    const QJsonObject pricing = r.object(u"pricing"_s);
    if (!pricing.isEmpty()) {
        Pricing p;
        const QJsonValue in = pricing.value("input"_L1);
        const QJsonValue out = pricing.value("output"_L1);
        if (!in.isDouble() || in.toDouble() < 0)
            r.fail(u"pricing.input"_s, u"expected a price per 1M input tokens (a number >= 0)"_s);
        if (!out.isDouble() || out.toDouble() < 0)
            r.fail(u"pricing.output"_s, u"expected a price per 1M output tokens (a number >= 0)"_s);
        p.inputPerMillion = in.toDouble();
        p.outputPerMillion = out.toDouble();
        p.currency = pricing.value("currency"_L1).toString(u"USD"_s);
        p.asOf = r.date(pricing, u"asOf"_s, u"pricing.asOf"_s);
        if (!p.asOf.isValid())
            r.fail(u"pricing.asOf"_s, u"a price needs the date it was read (YYYY-MM-DD)"_s);
        m.pricing = p;
    }

    if (!r.value(u"lifecycle"_s, true).isUndefined()) {
        const QJsonObject lc = r.object(u"lifecycle"_s);
        m.lifecycle.preview = r.date(lc, u"preview"_s, u"lifecycle.preview"_s);
        m.lifecycle.ga = r.date(lc, u"ga"_s, u"lifecycle.ga"_s);
        m.lifecycle.deprecated = r.date(lc, u"deprecated"_s, u"lifecycle.deprecated"_s);
        m.lifecycle.retired = r.date(lc, u"retired"_s, u"lifecycle.retired"_s);
        m.lifecycle.replacement = lc.value("replacement"_L1).toString();
        m.lifecycle.note = lc.value("note"_L1).toString();
    }

    const QString endpoint = r.string(u"endpoint"_s, false);
    if (!endpoint.isEmpty()) {
        if (const QString problem = endpointUrlProblem(endpoint); !problem.isEmpty())
            r.fail(u"endpoint"_s, problem);
        else if (m.family != WireFamily::OpenAiChat && m.family != WireFamily::Embeddings)
            r.fail(u"endpoint"_s, u"custom endpoints speak the OpenAI protocol; set family to openai-chat"_s);
        else
            m.endpoint = QUrl(endpoint, QUrl::StrictMode);
    }

    if (!r.ok())
        return std::nullopt;
    return m;
}

} // namespace

QString CatalogIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (!field.isEmpty())
        where += u": "_s + field;
    return where + u": "_s + message;
}

ModelCatalog ModelCatalog::load(const QString &userCatalogPath)
{
    ModelCatalog catalog;
    for (const QString &file : shippedFiles())
        catalog.addFile(file, false);
    if (!userCatalogPath.isEmpty() && QFileInfo::exists(userCatalogPath))
        catalog.addFile(userCatalogPath, true);
    catalog.checkReferences();
    return catalog;
}

QStringList ModelCatalog::shippedFiles()
{
    QStringList files;
    const QDir dir(u":/catalog"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QString ModelCatalog::defaultUserCatalogPath()
{
    // Beside the settings file (QSettings puts it in <config>/<organization>/).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' +
           QCoreApplication::organizationName() + u"/catalog.json"_s;
}

void ModelCatalog::addFile(const QString &path, bool custom)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_issues.append({path, 0, {}, u"cannot read the file: %1"_s.arg(file.errorString())});
        return;
    }
    addJson(file.readAll(), path, custom);
}

void ModelCatalog::addJson(const QByteArray &json, const QString &fileName, bool custom)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonLocator::lineAndColumn(json, error.offset);
        m_issues.append(
            {fileName,
             line,
             {},
             u"not valid JSON at column %1: %2; fix the file and restart"_s.arg(column).arg(error.errorString())});
        return;
    }
    const JsonLocator locator(json);
    if (!doc.isObject()) {
        m_issues.append({fileName, 1, {}, u"expected a JSON object with a \"models\" array"_s});
        return;
    }
    const QJsonObject root = doc.object();
    const int schema = root.value("schema"_L1).toInt(kSchemaVersion);
    if (schema > kSchemaVersion) {
        m_issues.append(
            {fileName, locator.lineOf(u"schema"_s), u"schema"_s,
             u"schema %1 is newer than this app understands (%2); update the app"_s.arg(schema).arg(kSchemaVersion)});
        return;
    }
    const QJsonValue models = root.value("models"_L1);
    if (!models.isArray()) {
        m_issues.append({fileName, locator.lineOf(u"models"_s), u"models"_s, u"expected an array of models"_s});
        return;
    }
    const QJsonArray array = models.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"models[%1]"_s.arg(i);
        if (!array.at(i).isObject()) {
            m_issues.append({fileName, locator.lineOf(path), path, u"expected a model object"_s});
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        EntryReader reader(object, path, locator, fileName, &m_issues);
        std::optional<ModelInfo> model = readModel(reader, fileName, custom);
        if (!model)
            continue;
        const auto existing = std::find_if(m_models.begin(), m_models.end(),
                                           [&](const ModelInfo &other) { return other.id == model->id; });
        if (existing == m_models.end()) {
            m_models.append(std::move(*model));
        } else if (custom && !existing->custom) {
            *existing = std::move(*model); // the user's entry wins over the shipped one
        } else {
            m_issues.append({fileName, locator.lineOf(path + u".id"_s), path + u".id"_s,
                             u"duplicate id '%1' (first defined in %2); this entry was skipped"_s.arg(
                                 model->id, existing->sourceFile)});
        }
    }
}

void ModelCatalog::addDiscovered(const QList<ModelInfo> &models)
{
    for (const ModelInfo &m : models) {
        if (!find(m.id))
            m_models.append(m);
    }
}

void ModelCatalog::checkReferences()
{
    for (const ModelInfo &m : std::as_const(m_models)) {
        if (!m.lifecycle.replacement.isEmpty() && !find(m.lifecycle.replacement))
            m_issues.append({m.sourceFile, 0, m.id + u".lifecycle.replacement"_s,
                             u"names '%1', which is not in the catalog"_s.arg(m.lifecycle.replacement)});
    }
}

const ModelInfo *ModelCatalog::find(QStringView idOrRequestId) const
{
    for (const ModelInfo &m : m_models) {
        if (m.id == idOrRequestId)
            return &m;
    }
    for (const ModelInfo &m : m_models) {
        if (m.requestId == idOrRequestId)
            return &m;
    }
    return nullptr;
}

QStringList ModelCatalog::publishers() const
{
    QStringList result;
    for (const ModelInfo &m : m_models) {
        if (!result.contains(m.publisher))
            result << m.publisher;
    }
    return result;
}

} // namespace maas
