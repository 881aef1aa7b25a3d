// Images in chat requests, checked like each backend checks them (vertex-protocol.md §2.2, §3.7, §4.2):
// base64 content blocks for Claude, data: URLs in image_url parts for the OpenAI-compatible endpoint
// and Mistral. The scripted answer then says what arrived, so tests can see the image got there.
#include "catalog/modelinfo.h"
#include "emulator/call.h"
#include "emulator/jsonwriter.h"
#include "prompt/imageattachment.h"

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

bool isAnthropic(const Call &call)
{
    return call.route == Route::AnthropicRaw || call.route == Route::AnthropicStream;
}

bool isMistral(const Call &call)
{
    return call.route == Route::MistralRaw || call.route == Route::MistralStream;
}

// vLLM's error object, which the OpenAI-compatible endpoint passes through for bad requests.
Reply vllmError(const QString &message)
{
    return Reply::json(400, JsonObjectWriter()
                                .add("object"_L1, "error"_L1)
                                .add("message"_L1, message)
                                .add("type"_L1, "BadRequestError"_L1)
                                .addNull("param"_L1)
                                .add("code"_L1, 400)
                                .bytes());
}

Reply invalid(const Call &call, const QString &message)
{
    if (isAnthropic(call))
        return errors::anthropic(400, "invalid_request_error"_L1, message, call.requestId);
    if (isMistral(call))
        return errors::openAi(400, message, "invalid_request_error"_L1);
    return vllmError(message);
}

// Checks one decoded image against the media type it claims. where: "messages.0.content.1".
std::optional<Reply> checkBytes(const Call &call, const QString &where, const QString &mediaType, const QString &base64,
                                QList<SeenImage> *seen)
{
    if (!images::isSupportedMediaType(mediaType))
        return invalid(call, u"%1: media type \"%2\" is not supported; use 'image/jpeg', 'image/png', 'image/gif' or "
                             "'image/webp'"_s.arg(where, mediaType));
    const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return invalid(call, u"%1: the image data is not valid base64"_s.arg(where));
    if (decoded.decoded.size() > images::kMaxImageBytes)
        return invalid(call, u"%1: image exceeds 5 MB maximum: %2 bytes > %3 bytes"_s.arg(where)
                                 .arg(decoded.decoded.size())
                                 .arg(images::kMaxImageBytes));
    if (images::sniffMediaType(decoded.decoded) != mediaType)
        return invalid(call, u"%1: Image does not match the provided media type %2"_s.arg(where, mediaType));
    seen->append(SeenImage{mediaType, decoded.decoded.size()});
    return std::nullopt;
}

std::optional<Reply> checkAnthropicBlock(const Call &call, const QString &where, const QJsonObject &block,
                                         QList<SeenImage> *seen)
{
    const QJsonObject source = block.value("source"_L1).toObject();
    const QString type = source.value("type"_L1).toString();
    if (type == u"url")
        return invalid(call, u"%1.source: URL image sources are not supported on Vertex AI; send the image as "
                             "base64"_s.arg(where));
    if (type != u"base64")
        return invalid(call, u"%1.source.type: Input should be 'base64'"_s.arg(where));
    return checkBytes(call, where + u".source.base64"_s, source.value("media_type"_L1).toString(),
                      source.value("data"_L1).toString(), seen);
}

std::optional<Reply> checkImageUrlPart(const Call &call, const QString &where, const QJsonObject &part,
                                       QList<SeenImage> *seen)
{
    const QJsonValue value = part.value("image_url"_L1);
    // OpenAI's shape is {"url": ...}; Mistral also takes the URL string itself.
    const QString url =
        value.isString() && isMistral(call) ? value.toString() : value.toObject().value("url"_L1).toString();
    if (url.isEmpty())
        return invalid(call, u"%1.image_url: expected %2"_s.arg(
                                 where, isMistral(call) ? u"a data URL string or {\"url\": ...}"_s
                                                        : u"an object {\"url\": \"data:<mime>;base64,...\"}"_s));
    if (!url.startsWith(u"data:"))
        return invalid(call, u"%1.image_url: the emulator reads only data: URLs (data:<mime>;base64,...)"_s.arg(where));
    const qsizetype comma = url.indexOf(u',');
    const QStringView header = QStringView(url).sliced(5, comma < 0 ? url.size() - 5 : comma - 5);
    if (comma < 0 || !header.endsWith(u";base64"))
        return invalid(call, u"%1.image_url: expected data:<mime>;base64,<data>"_s.arg(where));
    return checkBytes(call, where, header.chopped(7).toString(), url.sliced(comma + 1), seen);
}

} // namespace

std::optional<Reply> checkImages(const Call &call, QList<SeenImage> *seen)
{
    const QJsonArray messages = call.json.value("messages"_L1).toArray();
    for (qsizetype m = 0; m < messages.size(); ++m) {
        const QJsonArray content = messages.at(m).toObject().value("content"_L1).toArray();
        for (qsizetype b = 0; b < content.size(); ++b) {
            const QJsonObject block = content.at(b).toObject();
            const QString type = block.value("type"_L1).toString();
            const bool image = isAnthropic(call) ? type == u"image" : type == u"image_url";
            if (!image)
                continue;
            if (!call.model->modalities.testFlag(Modality::Vision)) {
                // What each backend says to an image for a text-only model.
                if (isAnthropic(call))
                    return invalid(call, u"messages.%1.content.%2: %3 does not support image input"_s.arg(m).arg(b).arg(
                                             call.model->name));
                if (isMistral(call))
                    return invalid(call, u"Model %1 does not support image input"_s.arg(call.modelId));
                return vllmError(u"%1 is not a multimodal model"_s.arg(call.modelId));
            }
            const QString where = u"messages.%1.content.%2"_s.arg(m).arg(b);
            if (auto error = isAnthropic(call) ? checkAnthropicBlock(call, where, block, seen)
                                               : checkImageUrlPart(call, where, block, seen))
                return error;
        }
    }
    return std::nullopt;
}

QString imageAcknowledgement(const QList<SeenImage> &seen)
{
    if (seen.isEmpty())
        return {};
    QStringList each;
    for (const SeenImage &image : seen)
        each << image.mediaType + u", "_s + images::sizeText(image.bytes);
    return u"I see %1 %2 (%3)."_s.arg(seen.size()).arg(seen.size() == 1 ? u"image"_s : u"images"_s, each.join(u"; "_s));
}

} // namespace maas::emulator
