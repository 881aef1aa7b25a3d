#pragma once

#include "catalog/modelcatalog.h"
#include "vertex/usererror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace maas {

class TokenProvider;

// One entry of Model Garden's publishers.models.list answer (a PublisherModel). Field names as in
// the v1beta1 REST reference: GoogleCloudAiplatformV1beta1PublisherModel (name, versionId,
// launchStage, openSourceCategory, versionState, frameworks) and ListPublisherModelsResponse
// (publisherModels, nextPageToken); see the aiplatform v1beta1 discovery docs and the Python
// reference google.cloud.aiplatform_v1beta1.types.PublisherModel.
struct PublisherModel
{
    QString name;               // "publishers/anthropic/models/claude-sonnet-4"
    QString publisher;          // from name
    QString modelId;            // from name: "claude-sonnet-4"
    QString versionId;          // "001", an auto-incrementing decimal string
    QString launchStage;        // GA, PUBLIC_PREVIEW, PRIVATE_PREVIEW, EXPERIMENTAL, ...
    QString openSourceCategory; // PROPRIETARY, THIRD_PARTY_OWNED_OSS, ...
    QString versionState;       // VERSION_STATE_STABLE, ...
};

struct PublisherModelsPage
{
    QList<PublisherModel> models;
    QString nextPageToken; // empty on the last page
};

// Pure parser of one page; nullopt with *error set when the body is not such a page.
std::optional<PublisherModelsPage> parsePublisherModelsPage(const QByteArray &json, QString *error);

// How Model Garden sees a catalog entry after a refresh.
enum class GardenStatus
{
    Unknown,   // not refreshed, or a custom endpoint the listing cannot know
    Listed,    // Model Garden lists it
    NotListed, // its publisher was listed but it was not: the project cannot use it, or it is retired
    New,       // listed by Model Garden, missing from the catalog
};

struct GardenMark
{
    GardenStatus status = GardenStatus::Unknown;
    PublisherModel listing; // set for Listed and New
};

// The catalog and a listing, merged: a mark per catalog id, and catalog entries made from the
// listed models the catalog lacks (the shipped descriptions and prices are never touched).
struct GardenMerge
{
    QHash<QString, GardenMark> marks; // by catalog id, new entries included
    QList<ModelInfo> newModels;
    QStringList publishers; // the publishers that were listed
    int listedCount() const;
    int notListedCount() const;
};

// The model id a listing would show for a catalog entry: the request id without its publisher
// prefix, '@version' and '-maas' suffix ("meta/llama-3.3-70b-instruct-maas" → "llama-3.3-70b-instruct").
QString gardenKey(QStringView modelId);
GardenMerge mergeWithCatalog(const ModelCatalog &catalog, const QStringList &publishers,
                             const QList<PublisherModel> &listed);

// Lists the publisher models of Model Garden for some publishers, page by page:
// GET {base}/v1beta1/publishers/{publisher}/models?pageSize=N&pageToken=T (vertex-protocol.md A.1).
// The base is https://aiplatform.googleapis.com, or the endpoint override (an emulator) with its
// API version replaced by v1beta1.
class ModelGardenLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelGardenLister)

public:
    struct Options
    {
        QUrl baseOverride;    // e.g. http://127.0.0.1:PORT/v1; empty for Google
        QString quotaProject; // x-goog-user-project
        int pageSize = 100;
    };

    ModelGardenLister(QNetworkAccessManager &network, TokenProvider &tokens, Options options,
                      QObject *parent = nullptr);
    ~ModelGardenLister() override;

    void setOptions(Options options) { m_options = std::move(options); }
    const Options &options() const { return m_options; }
    // The URL of one page (public for tests and the emulator's documentation).
    QUrl pageUrl(const QString &publisher, const QString &pageToken) const;

    // Starts listing; a listing still running is cancelled. Ends with finished() or failed().
    void start(const QStringList &publishers);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // pages: pages received so far; publisher: the one being listed.
    void progress(int publishersDone, int publishersTotal, const QString &publisher);
    void finished(const QList<maas::PublisherModel> &models);
    void failed(const maas::UserError &error);

private:
    void requestPage();
    void onReply(QNetworkReply *reply);
    void fail(UserError error);

    QNetworkAccessManager &m_network;
    TokenProvider &m_tokens;
    Options m_options;
    QStringList m_publishers;
    int m_current = 0;
    QString m_pageToken;
    int m_pages = 0;
    QList<PublisherModel> m_models;
    QPointer<QNetworkReply> m_reply;
    int m_generation = 0;
    bool m_running = false;
    bool m_retriedAuth = false;
    std::optional<UserError> m_authError; // the 401 that made us fetch a fresh token
};

} // namespace maas
