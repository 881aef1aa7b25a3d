#include "emulator/call.h"

#include "catalog/modelinfo.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

QString textOfContent(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue &block : blocks) {
        const QJsonObject object = block.toObject();
        if (object.value("type"_L1).toString() == u"text")
            parts << object.value("text"_L1).toString();
    }
    return parts.join(u'\n');
}

} // namespace

QString Call::publisherModelResource() const
{
    QString publisher;
    QString name = modelId;
    switch (route) {
    case Route::AnthropicRaw:
    case Route::AnthropicStream:
    case Route::CountTokens:
        publisher = u"anthropic"_s;
        break;
    case Route::MistralRaw:
    case Route::MistralStream:
        publisher = u"mistralai"_s;
        break;
    case Route::Chat:
    case Route::Embeddings:
        // "meta/llama-3.3-70b-instruct-maas" names publisher and model.
        publisher = modelId.section(u'/', 0, 0);
        name = modelId.section(u'/', 1);
        break;
    }
    return u"projects/%1/locations/%2/publishers/%3/models/%4"_s.arg(project, location, publisher, name);
}

QString Call::endpointResource() const
{
    return u"projects/%1/locations/%2/endpoints/openapi"_s.arg(project, location);
}

QString Call::seedText() const
{
    return modelId + u'\n' + prompt;
}

QString lastUserText(const QJsonArray &messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value("role"_L1).toString() == u"user")
            return textOfContent(message.value("content"_L1));
    }
    return {};
}

QString allPromptText(const QJsonObject &body)
{
    QStringList parts;
    parts << textOfContent(body.value("system"_L1));
    const QJsonArray messages = body.value("messages"_L1).toArray();
    for (const QJsonValue &message : messages)
        parts << textOfContent(message.toObject().value("content"_L1));
    parts.removeAll(QString());
    return parts.join(u'\n');
}

QString deterministicId(QLatin1StringView prefix, const QString &seed, int length, bool hex)
{
    static constexpr char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray digest;
    QByteArray material = seed.toUtf8() + QByteArrayView(prefix.data(), prefix.size());
    while (digest.size() < length) {
        material = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
        digest += material;
    }
    QString id = prefix;
    for (int i = 0; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(digest.at(i));
        id += QLatin1Char(hex ? "0123456789abcdef"[byte % 16] : kBase62[byte % 62]);
    }
    return id;
}

} // namespace maas::emulator
