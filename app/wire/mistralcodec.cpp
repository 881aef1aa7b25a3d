#include "wire/mistralcodec.h"

using namespace Qt::StringLiterals;

namespace maas {

QString MistralCodec::path(const ChatRequest &request) const
{
    return u"publishers/mistralai/models/"_s + request.model + u":streamRawPredict"_s;
}

QByteArray MistralCodec::body(const ChatRequest &request) const
{
    BodyOptions options;
    // Legacy ids carry the version after '@' in the URL only ("mistral-large@2407" -> "mistral-large"),
    // as Mistral's own SDK does; current ids are the same in both places.
    options.model = request.model.section(u'@', 0, 0);
    options.includeUsageOption = false; // Mistral reports usage on the last chunk anyway
    options.topK = false;
    options.thinkingSwitch = false;
    // Mistral's own chat API documents image_url as the data URL string itself.
    options.imageStyle = codec::ImageStyle::MistralString;
    return chatBody(request, options);
}

} // namespace maas
