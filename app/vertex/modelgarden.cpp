#include "vertex/modelgarden.h"

#include "client/tokenprovider.h"
#include "common/urlpolicy.h"
#include "vertex/errortranslator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// Catalog ids are [a-z0-9._-]; a listed model id becomes one by lowercasing and replacing the rest.
QString catalogIdFor(const PublisherModel &model)
{
    static const QRegularExpression other(u"[^a-z0-9._-]+"_s);
    return (u"garden-"_s + model.publisher + u'-' + model.modelId).toLower().replace(other, u"-"_s);
}

// A catalog entry for a model only the listing knows. Its wire family is guessed from the publisher
// (Claude and Mistral have their own, open models use the OpenAI-compatible endpoint).
ModelInfo entryFor(const PublisherModel &listed, const QString &publisherName)
{
    ModelInfo m;
    m.id = catalogIdFor(listed);
    m.name = listed.modelId;
    m.publisher = listed.publisher;
    m.publisherName = publisherName.isEmpty() ? listed.publisher : publisherName;
    if (listed.publisher == u"anthropic") {
        m.family = WireFamily::AnthropicVertex;
        m.requestId = listed.modelId;
    } else if (listed.publisher == u"mistralai") {
        m.family = WireFamily::MistralVertex;
        m.requestId = listed.modelId;
    } else {
        m.family = WireFamily::OpenAiChat;
        m.requestId = listed.publisher + u'/' + listed.modelId;
    }
    m.modalities = Modality::Text;
    m.description = ModelGardenLister::tr("Listed by Model Garden; not in the shipped catalog yet.");
    m.notes = ModelGardenLister::tr("Where it is served, its limits and prices are unknown to the app: try the global "
                                    "endpoint or us-central1, and see its Model Garden page.");
    m.preview = listed.launchStage != u"GA";
    m.global = true;
    m.sourceFile = u"Model Garden"_s;
    return m;
}

} // namespace

std::optional<PublisherModelsPage> parsePublisherModelsPage(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? u"not JSON (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset)
                     : u"expected a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue list = root.value("publisherModels"_L1);
    if (!list.isUndefined() && !list.isArray()) {
        *error = u"publisherModels is not an array"_s;
        return std::nullopt;
    }
    PublisherModelsPage page;
    page.nextPageToken = root.value("nextPageToken"_L1).toString();
    static const QRegularExpression namePattern(u"^publishers/([^/]+)/models/([^/]+)$"_s);
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        PublisherModel m;
        m.name = o.value("name"_L1).toString();
        const QRegularExpressionMatch match = namePattern.match(m.name);
        if (!match.hasMatch()) {
            *error =
                u"publisherModels[%1].name: expected publishers/{publisher}/models/{model}, got \"%2\""_s.arg(i).arg(
                    m.name);
            return std::nullopt;
        }
        m.publisher = match.captured(1);
        m.modelId = match.captured(2);
        m.versionId = o.value("versionId"_L1).toString();
        m.launchStage = o.value("launchStage"_L1).toString();
        m.openSourceCategory = o.value("openSourceCategory"_L1).toString();
        m.versionState = o.value("versionState"_L1).toString();
        page.models << m;
    }
    return page;
}

int GardenMerge::listedCount() const
{
    return static_cast<int>(std::count_if(marks.cbegin(), marks.cend(),
                                          [](const GardenMark &m) { return m.status == GardenStatus::Listed; }));
}

int GardenMerge::notListedCount() const
{
    return static_cast<int>(std::count_if(marks.cbegin(), marks.cend(),
                                          [](const GardenMark &m) { return m.status == GardenStatus::NotListed; }));
}

QString gardenKey(QStringView modelId)
{
    QString key = modelId.toString().toLower();
    if (const qsizetype slash = key.lastIndexOf(u'/'); slash >= 0)
        key = key.mid(slash + 1);
    if (const qsizetype at = key.indexOf(u'@'); at >= 0)
        key.truncate(at);
    if (key.endsWith(u"-maas"))
        key.chop(5);
    return key;
}

GardenMerge mergeWithCatalog(const ModelCatalog &catalog, const QStringList &publishers,
                             const QList<PublisherModel> &listed)
{
    GardenMerge merge;
    merge.publishers = publishers;
    QHash<QString, const PublisherModel *> byKey; // publisher + '/' + key
    for (const PublisherModel &m : listed)
        byKey.insert(m.publisher + u'/' + gardenKey(m.modelId), &m);

    QSet<const PublisherModel *> matched;
    QHash<QString, QString> publisherNames; // the catalog's display names, for the new entries
    for (const ModelInfo &m : catalog.models()) {
        if (!publisherNames.contains(m.publisher))
            publisherNames.insert(m.publisher, m.publisherName);
        if (!m.endpoint.isEmpty() || !publishers.contains(m.publisher))
            continue; // a custom server, or a publisher that was not listed: nothing to say
        const PublisherModel *found = byKey.value(m.publisher + u'/' + gardenKey(m.requestId));
        if (!found)
            found = byKey.value(m.publisher + u'/' + gardenKey(m.id));
        GardenMark mark;
        if (found) {
            mark.status = GardenStatus::Listed;
            mark.listing = *found;
            matched.insert(found);
        } else {
            mark.status = GardenStatus::NotListed;
        }
        merge.marks.insert(m.id, mark);
    }
    for (const PublisherModel &m : listed) {
        if (matched.contains(&m) || !publishers.contains(m.publisher))
            continue;
        ModelInfo entry = entryFor(m, publisherNames.value(m.publisher));
        if (catalog.find(entry.id) || merge.marks.contains(entry.id))
            continue;
        merge.marks.insert(entry.id, GardenMark{GardenStatus::New, m});
        merge.newModels << entry;
    }
    return merge;
}

ModelGardenLister::ModelGardenLister(QNetworkAccessManager &network, TokenProvider &tokens, Options options,
                                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_options(std::move(options))
{
    qRegisterMetaType<QList<maas::PublisherModel>>();
    qRegisterMetaType<maas::UserError>();
}

ModelGardenLister::~ModelGardenLister()
{
    cancel();
}

QUrl ModelGardenLister::pageUrl(const QString &publisher, const QString &pageToken) const
{
    QString base = u"https://aiplatform.googleapis.com"_s;
    if (!m_options.baseOverride.isEmpty()) {
        // The override names an API version (…/v1); Model Garden's list lives under v1beta1.
        base = m_options.baseOverride.toString(QUrl::FullyEncoded);
        while (base.endsWith(u'/'))
            base.chop(1);
        static const QRegularExpression version(u"/v1(beta1)?$"_s);
        base.remove(version);
    }
    QUrl url(base + u"/v1beta1/publishers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(publisher)) + u"/models"_s);
    // Tokens are opaque and often base64: encode '+', '/' and '=' so the server reads them back intact.
    QString query = u"pageSize="_s + QString::number(m_options.pageSize);
    if (!pageToken.isEmpty())
        query += u"&pageToken="_s + QString::fromLatin1(QUrl::toPercentEncoding(pageToken));
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

void ModelGardenLister::start(const QStringList &publishers)
{
    cancel();
    m_publishers = publishers;
    m_current = 0;
    m_pageToken.clear();
    m_pages = 0;
    m_models.clear();
    m_retriedAuth = false;
    m_authError.reset();
    m_running = true;
    if (m_publishers.isEmpty()) {
        m_running = false;
        Q_EMIT finished(m_models);
        return;
    }
    requestPage();
}

void ModelGardenLister::cancel()
{
    ++m_generation;
    m_running = false;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
}

void ModelGardenLister::requestPage()
{
    Q_EMIT progress(m_current, static_cast<int>(m_publishers.size()), m_publishers.at(m_current));
    const QUrl url = pageUrl(m_publishers.at(m_current), m_pageToken);
    if (url.scheme() != u"https" && !isLoopbackHost(url.host())) {
        fail(UserError::make(tr("Refusing to send credentials over plain http"), url.toDisplayString(),
                             tr("Use an https endpoint override; plain http is only allowed for loopback."),
                             u"insecure"_s));
        return;
    }
    const int generation = m_generation;
    m_tokens.fetch(this, [this, url, generation](const AccessToken &token, const QString &error) {
        if (generation != m_generation)
            return;
        if (!error.isEmpty() && m_authError) {
            UserError e = *m_authError; // the server's refusal says more than "no new token"
            e.detail += u" "_s + error;
            fail(e);
            return;
        }
        if (!error.isEmpty()) {
            fail(UserError::make(tr("No access token"), error,
                                 tr("Check the credential source in Tools ▸ Settings, then refresh again."),
                                 u"credentials"_s));
            return;
        }
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.value.toUtf8());
        request.setRawHeader("Accept", "application/json");
        if (!m_options.quotaProject.isEmpty())
            request.setRawHeader("x-goog-user-project", m_options.quotaProject.toUtf8());
        request.setTransferTimeout(60000);
        m_reply = m_network.get(request);
        QNetworkReply *reply = m_reply;
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
    });
}

void ModelGardenLister::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    ErrorContext context;
    context.modelName = tr("the Model Garden list");
    if (status == 0) {
        fail(ErrorTranslator::fromNetwork(reply->error(), reply->errorString(), 0, context));
        return;
    }
    if (status != 200) {
        UserError e =
            ErrorTranslator::fromHttp(status, body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                      reply->rawHeader("Retry-After"), context);
        if (status == 401 && !m_retriedAuth) {
            m_retriedAuth = true; // one fresh token and one more try, never a loop
            m_authError = e;
            m_tokens.invalidate();
            requestPage();
            return;
        }
        if (status == 403)
            e.remedy = tr("Your account may not list Model Garden models: ask a project owner for the Vertex AI "
                          "User role (roles/aiplatform.user), check it with gcloud ai model-garden models "
                          "list, then refresh again.");
        fail(e);
        return;
    }
    QString problem;
    const std::optional<PublisherModelsPage> page = parsePublisherModelsPage(body, &problem);
    if (!page) {
        fail(UserError::make(tr("Model Garden sent an answer the app cannot read"), problem,
                             tr("Check the endpoint override in Tools ▸ Settings; a proxy may be answering "
                                "instead of Vertex AI."),
                             u"malformed"_s));
        return;
    }
    m_models << page->models;
    ++m_pages;
    if (!page->nextPageToken.isEmpty() && m_pages < 1000) {
        m_pageToken = page->nextPageToken;
        requestPage();
        return;
    }
    m_pageToken.clear();
    ++m_current;
    if (m_current < m_publishers.size()) {
        requestPage();
        return;
    }
    m_running = false;
    Q_EMIT finished(m_models);
}

void ModelGardenLister::fail(UserError error)
{
    m_running = false;
    Q_EMIT failed(error);
}

} // namespace maas
