#include "wire/codecsupport.h"
#include "wire/wirecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

EmbeddingResult failure(QString message)
{
    EmbeddingResult result;
    result.error = std::move(message);
    return result;
}

} // namespace

QString embeddingsPath()
{
    return u"endpoints/openapi/embeddings"_s;
}

QByteArray embeddingsBody(const EmbeddingRequest &request)
{
    QJsonObject body;
    body.insert("model"_L1, request.model);
    body.insert("input"_L1, QJsonArray::fromStringList(request.inputs));
    body.insert("encoding_format"_L1, u"float"_s);
    return codec::compactJson(body);
}

EmbeddingResult parseEmbeddings(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failure(u"the embeddings response is not valid JSON (%1 at byte %2)"_s.arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    QJsonObject root;
    if (doc.isObject()) {
        root = doc.object();
    } else if (const QJsonArray array = doc.array(); array.size() == 1 && array.first().isObject()) {
        root = array.first().toObject(); // Google's error envelope, wrapped in an array
    } else {
        return failure(u"the embeddings response is not a JSON object"_s);
    }
    if (const std::optional<StreamEvent> error = codec::errorFromObject(root))
        return failure(u"the server returned an error (%1): %2"_s.arg(error->rawReason, error->text));

    const QJsonValue dataValue = root.value("data"_L1);
    if (!dataValue.isArray())
        return failure(u"the embeddings response has no \"data\" list"_s);
    const QJsonArray data = dataValue.toArray();
    if (data.isEmpty())
        return failure(u"the embeddings response contains no embeddings"_s);

    // Items may arrive in any order: check the indices are exactly 0..n-1, then read them in that order.
    QList<std::pair<qint64, qsizetype>> order; // index, position in "data"
    order.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonValue indexValue = data.at(i).toObject().value("index"_L1);
        const qint64 index = indexValue.isDouble() ? indexValue.toInteger(-1) : -1;
        if (index < 0)
            return failure(u"embedding %1 of %2 has no valid \"index\""_s.arg(i + 1).arg(data.size()));
        order.append({index, i});
    }
    std::sort(order.begin(), order.end());
    for (qsizetype k = 0; k < order.size(); ++k) {
        if (k > 0 && order.at(k).first == order.at(k - 1).first)
            return failure(u"index %1 appears twice in the embeddings response"_s.arg(order.at(k).first));
        if (order.at(k).first != k)
            return failure(u"index %1 is missing from the embeddings response"_s.arg(k));
    }

    EmbeddingResult result;
    result.vectors.reserve(data.size());
    qsizetype dimensions = -1;
    for (const auto &[index, position] : std::as_const(order)) {
        const QJsonValue vectorValue = data.at(position).toObject().value("embedding"_L1);
        if (!vectorValue.isArray())
            return failure(u"embedding %1 is not a list of numbers"_s.arg(index));
        const QJsonArray vector = vectorValue.toArray();
        if (vector.isEmpty())
            return failure(u"embedding %1 is empty"_s.arg(index));
        if (dimensions >= 0 && vector.size() != dimensions) {
            return failure(u"embedding %1 has %2 dimensions where embedding 0 has %3"_s.arg(index)
                               .arg(vector.size())
                               .arg(dimensions));
        }
        dimensions = vector.size();
        QList<float> values;
        values.reserve(vector.size());
        for (const QJsonValue &v : vector) {
            if (!v.isDouble())
                return failure(u"embedding %1 contains a value that is not a number"_s.arg(index));
            values.append(static_cast<float>(v.toDouble()));
        }
        result.vectors.append(std::move(values));
    }
    result.promptTokens = codec::tokenCount(root.value("usage"_L1).toObject().value("prompt_tokens"_L1));
    return result;
}

} // namespace maas
