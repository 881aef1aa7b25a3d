// Model Garden's publishers.models.list (vertex-protocol.md Addendum A.1):
// GET /v1beta1/publishers/{publisher}/models?pageSize=N&pageToken=T. Lists the catalog's models of
// that publisher that are not retired, plus a few the catalog does not know (so the app's "New in
// Model Garden" path has something to show), in pages, with Google's error envelopes.
#include "common/clock.h"
#include "emulator/call.h"
#include "emulator/emulator.h"
#include "emulator/errorbodies.h"
#include "emulator/jsonwriter.h"
#include "emulator/oauthroute.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace maas {

using namespace emulator;

namespace {

struct Listed
{
    QString model; // the {model} of publishers/{publisher}/models/{model}
    QString versionId;
    QLatin1StringView launchStage;
};

// Models Model Garden "has" beyond the shipped catalog, per publisher.
QList<Listed> extraModels(const QString &publisher)
{
    if (publisher == u"anthropic")
        return {{u"claude-emulator-next"_s, u"001"_s, "PUBLIC_PREVIEW"_L1}};
    if (publisher == u"mistralai")
        return {{u"mistral-emulator-large-3"_s, u"001"_s, "GA"_L1}};
    if (publisher == u"meta")
        return {{u"llama-emulator-5-70b-instruct-maas"_s, u"001"_s, "PUBLIC_PREVIEW"_L1}};
    if (publisher == u"qwen")
        return {{u"qwen-emulator-coder-maas"_s, u"001"_s, "GA"_L1}};
    return {};
}

QLatin1StringView openSourceCategory(const QString &publisher)
{
    return publisher == u"anthropic" || publisher == u"mistralai" ? "PROPRIETARY"_L1 : "THIRD_PARTY_OWNED_OSS"_L1;
}

// Page tokens are opaque to clients; here "mg1:" + offset, base64url-encoded.
QString pageTokenFor(qsizetype offset)
{
    return QString::fromLatin1(QByteArray("mg1:" + QByteArray::number(offset))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> offsetOf(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("mg1:"))
        return std::nullopt;
    bool ok = false;
    const qsizetype offset = decoded.decoded.mid(4).toLongLong(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return offset;
}

} // namespace

void Emulator::handleModelGarden(const QString &version, const QString &publisher, const QHttpServerRequest &request,
                                 QHttpServerResponder &responder)
{
    auto log = EmulatorRequestLog::arrived(u"GET"_s, request.url().path());
    const auto reply = [&](Reply r) { respond(request, responder, Outcome::of(std::move(r)), 0, log); };
    if (version != u"v1beta1" && version != u"v1") {
        handleMissing(request, responder);
        return;
    }
    const QString rpc = u"google.cloud.aiplatform.%1.ModelGardenService.ListPublisherModels"_s.arg(version);
    const QByteArray authorization = request.value("authorization").trimmed();
    const QByteArray token = authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0
                                 ? authorization.mid(7).trimmed()
                                 : QByteArray();
    if (token.isEmpty()) {
        reply(errors::unauthenticated("CREDENTIALS_MISSING"_L1, rpc));
        return;
    }
    if ((!m_options.requiredToken.isEmpty() && token != m_options.requiredToken.toUtf8()) ||
        (m_options.auth.requireMintedTokens && !m_tokenIssuer->accepts(token))) {
        reply(errors::unauthenticated("ACCESS_TOKEN_EXPIRED"_L1, rpc));
        return;
    }

    const QUrlQuery query(request.url());
    bool sizeOk = true;
    const QString sizeText = query.queryItemValue(u"pageSize"_s);
    int pageSize = sizeText.isEmpty() ? 50 : sizeText.toInt(&sizeOk);
    if (!sizeOk || pageSize < 0) {
        reply(errors::invalidArgument(u"Invalid value at 'page_size' (TYPE_INT32), \"%1\""_s.arg(sizeText)));
        return;
    }
    pageSize = pageSize == 0 ? 50 : std::min(pageSize, 100);
    qsizetype offset = 0;
    const QString pageToken = query.queryItemValue(u"pageToken"_s, QUrl::FullyDecoded);
    if (!pageToken.isEmpty()) {
        const auto decoded = offsetOf(pageToken);
        if (!decoded) {
            reply(errors::invalidArgument(u"Invalid page token: %1"_s.arg(pageToken)));
            return;
        }
        offset = *decoded;
    }

    QList<Listed> all;
    QStringList seen;
    const QDate today = m_clock->today();
    for (const ModelInfo &m : m_catalog.models()) {
        if (m.publisher != publisher || !m.endpoint.isEmpty())
            continue;
        if (m.lifecycle.retired.isValid() && m.lifecycle.retired <= today)
            continue; // Model Garden no longer lists what was retired
        QString model = m.requestId.section(u'/', -1);
        QString versionId = u"001"_s;
        if (const qsizetype at = model.indexOf(u'@'); at >= 0) {
            versionId = model.mid(at + 1);
            model.truncate(at);
        }
        if (seen.contains(model))
            continue;
        seen << model;
        all << Listed{model, versionId, m.preview ? "PUBLIC_PREVIEW"_L1 : "GA"_L1};
    }
    all << extraModels(publisher);

    QList<QByteArray> items;
    for (qsizetype i = offset; i < std::min(all.size(), offset + pageSize); ++i) {
        const Listed &l = all.at(i);
        items << JsonObjectWriter()
                     .add("name"_L1, u"publishers/%1/models/%2"_s.arg(publisher, l.model))
                     .add("versionId"_L1, l.versionId)
                     .add("openSourceCategory"_L1, openSourceCategory(publisher))
                     .add("launchStage"_L1, l.launchStage)
                     .add("versionState"_L1, "VERSION_STATE_STABLE"_L1)
                     .bytes();
    }
    JsonObjectWriter body;
    body.addRaw("publisherModels"_L1, jsonArray(items));
    if (offset + pageSize < all.size())
        body.add("nextPageToken"_L1, pageTokenFor(offset + pageSize));
    reply(Reply::json(200, body.bytes()));
}

} // namespace maas
