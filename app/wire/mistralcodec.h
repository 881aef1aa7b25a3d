#pragma once

#include "wire/openaichatcodec.h"

namespace maas {

// Mistral on Vertex: publishers/mistralai/models/{model}:streamRawPredict with Mistral's chat body
// (it also names the model; no stream_options, no top_k), and OpenAI-style chunks ending with [DONE].
class MistralCodec final : public OpenAiChatCodec
{
public:
    QString path(const ChatRequest &request) const override;
    QByteArray body(const ChatRequest &request) const override;
};

} // namespace maas
