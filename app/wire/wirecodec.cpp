#include "wire/wirecodec.h"

#include "wire/anthropiccodec.h"
#include "wire/mistralcodec.h"
#include "wire/openaichatcodec.h"

namespace maas {

std::unique_ptr<WireCodec> makeCodec(WireFamily family)
{
    switch (family) {
    case WireFamily::AnthropicVertex:
        return std::make_unique<AnthropicCodec>();
    case WireFamily::OpenAiChat:
        return std::make_unique<OpenAiChatCodec>();
    case WireFamily::MistralVertex:
        return std::make_unique<MistralCodec>();
    case WireFamily::Embeddings:
        break; // one JSON request and response: embeddingsBody() / parseEmbeddings()
    }
    return nullptr;
}

} // namespace maas
