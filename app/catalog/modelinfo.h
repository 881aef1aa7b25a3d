#pragma once

#include <QDate>
#include <QFlags>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace maas {

// How requests to a model travel: one codec per family (see docs/ARCHITECTURE.md).
enum class WireFamily
{
    AnthropicVertex,
    OpenAiChat,
    MistralVertex,
    Embeddings,
};
QString wireFamilyName(WireFamily family);
std::optional<WireFamily> wireFamilyFromName(QStringView name);

enum class Modality
{
    Text = 0x1,
    Code = 0x2,
    Vision = 0x4,
    Embeddings = 0x8,
};
Q_DECLARE_FLAGS(Modalities, Modality)
std::optional<Modality> modalityFromName(QStringView name);
QStringList modalityNames(Modalities modalities);

enum class ThinkingMode
{
    None,     // no visible reasoning
    Budget,   // Claude extended thinking with a token budget, opt-in
    Adaptive, // Claude adaptive thinking
    Always,   // the model always reasons before answering
    Optional, // reasoning switched on by a request parameter
};
enum class ThinkingFormat
{
    None,
    Anthropic,      // thinking content blocks
    ReasoningField, // reasoning_content / reasoning deltas
    ThinkTags,      // <think>...</think> inline in the content
};
std::optional<ThinkingMode> thinkingModeFromName(QStringView name);
std::optional<ThinkingFormat> thinkingFormatFromName(QStringView name);
// The catalog-file names ("budget", "think-tags"), from the same tables the parsers read.
QString thinkingModeName(ThinkingMode mode);
QString thinkingFormatName(ThinkingFormat format);

struct Pricing
{
    double inputPerMillion = 0;
    double outputPerMillion = 0;
    QString currency;
    QDate asOf;
};

enum class LifecycleStage
{
    Preview,
    GA,
    Deprecated,
    Retired,
};
QString lifecycleStageName(LifecycleStage stage);

// Dates at which a model entered (or will enter) each stage, and what to use instead.
struct Lifecycle
{
    QDate preview;
    QDate ga;
    QDate deprecated;
    QDate retired;
    QString replacement; // catalog id
    QString note;

    // The stage on a given day: retired from its date on, then deprecated, else preview or GA.
    LifecycleStage stageOn(QDate day, bool launchedAsPreview) const;
};

// Everything a user needs to choose a model, as one value. Loaded from resources/catalog/*.json
// and the user's own catalog.json (format: docs/catalog-format.md).
struct ModelInfo
{
    QString id; // catalog id, unique
    QString name;
    QString publisher; // publisher id, e.g. "anthropic"
    QString publisherName;
    WireFamily family = WireFamily::OpenAiChat;
    QString requestId; // exact id on the wire
    Modalities modalities;
    QString description;
    bool preview = false; // launch stage
    QStringList regions;
    QStringList multiRegions;
    bool global = false;
    int contextWindow = 0;
    int maxOutputTokens = 0;
    int embeddingDimensions = 0;
    int maxSequenceLength = 0;
    ThinkingMode thinkingMode = ThinkingMode::None;
    ThinkingFormat thinkingFormat = ThinkingFormat::None;
    std::optional<Pricing> pricing;
    Lifecycle lifecycle;
    QUrl endpoint; // custom OpenAI-compatible server, empty for Vertex
    QString notes;
    QString sourceFile;
    bool custom = false; // came from the user's catalog

    LifecycleStage stageOn(QDate day) const { return lifecycle.stageOn(day, preview); }
    bool isEmbedding() const { return family == WireFamily::Embeddings; }
    bool hasThinking() const { return thinkingMode != ThinkingMode::None; }
    // Every location the catalog knows serves this model: "global" first, then multi-regions, regions.
    QStringList locations() const;
    bool servesLocation(QStringView location) const;
    // The location a new pane should use: global when served (better availability), else the first region.
    QString defaultLocation() const;
};

} // namespace maas

Q_DECLARE_OPERATORS_FOR_FLAGS(maas::Modalities)
