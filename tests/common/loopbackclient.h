#pragma once

// An emulator on 127.0.0.1 and a ChatClient pointed at it: where client and widget tests start.

#include "catalog/modelcatalog.h"
#include "client/chatclient.h"
#include "client/tokenprovider.h"
#include "common/clock.h"
#include "emulator/emulator.h"

#include <QNetworkAccessManager>

#include <memory>

namespace maas::test {

struct LoopbackClient
{
    ModelCatalog catalog = ModelCatalog::load(QString());
    std::unique_ptr<Emulator> emulator;
    QNetworkAccessManager network;
    StaticTokenProvider tokens{QStringLiteral("test-token")};
    SystemClock clock;
    std::unique_ptr<ChatClient> client;

    // speed: the emulator's latency multiplier (0 removes every delay). Retries wait 10-20 ms.
    // Returns false when the emulator cannot listen. With clockOverride (a ManualClock) the client's
    // retries wait for the test to move that clock.
    bool start(double speed, Clock *clockOverride = nullptr)
    {
        EmulatorOptions options;
        options.speed = speed;
        emulator = std::make_unique<Emulator>(options);
        if (!emulator->listen(0))
            return false;
        ChatClient::Options o;
        o.project = QStringLiteral("test-project");
        o.baseOverride = emulator->baseUrl();
        o.retry.baseDelayMs = 10;
        o.retry.maxDelayMs = 20;
        client = std::make_unique<ChatClient>(network, tokens, clockOverride ? *clockOverride : clock, &catalog, o);
        return true;
    }
};

} // namespace maas::test
