#include "catalog/modelinfo.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<QLatin1StringView, Enum>, N> &table, QStringView name)
{
    for (const auto &[text, value] : table) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<QLatin1StringView, Enum>, N> &table, Enum value)
{
    for (const auto &[text, v] : table) {
        if (v == value)
            return text;
    }
    return {};
}

constexpr std::array familyNames{
    std::pair{"anthropic-vertex"_L1, WireFamily::AnthropicVertex},
    std::pair{"openai-chat"_L1, WireFamily::OpenAiChat},
    std::pair{"mistral-vertex"_L1, WireFamily::MistralVertex},
    std::pair{"embeddings"_L1, WireFamily::Embeddings},
};

constexpr std::array modalityTable{
    std::pair{"text"_L1, Modality::Text},
    std::pair{"code"_L1, Modality::Code},
    std::pair{"vision"_L1, Modality::Vision},
    std::pair{"embeddings"_L1, Modality::Embeddings},
};

constexpr std::array thinkingModes{
    std::pair{"budget"_L1, ThinkingMode::Budget}, std::pair{"adaptive"_L1, ThinkingMode::Adaptive},
    std::pair{"always"_L1, ThinkingMode::Always}, std::pair{"optional"_L1, ThinkingMode::Optional},
    std::pair{"none"_L1, ThinkingMode::None},
};

constexpr std::array thinkingFormats{
    std::pair{"anthropic"_L1, ThinkingFormat::Anthropic},
    std::pair{"reasoning-field"_L1, ThinkingFormat::ReasoningField},
    std::pair{"think-tags"_L1, ThinkingFormat::ThinkTags},
    std::pair{"none"_L1, ThinkingFormat::None},
};

} // namespace

QString wireFamilyName(WireFamily family)
{
    return nameOf(familyNames, family);
}

std::optional<WireFamily> wireFamilyFromName(QStringView name)
{
    return lookup(familyNames, name);
}

std::optional<Modality> modalityFromName(QStringView name)
{
    return lookup(modalityTable, name);
}

QStringList modalityNames(Modalities modalities)
{
    QStringList names;
    for (const auto &[text, value] : modalityTable) {
        if (modalities.testFlag(value))
            names << text;
    }
    return names;
}

std::optional<ThinkingMode> thinkingModeFromName(QStringView name)
{
    return lookup(thinkingModes, name);
}

std::optional<ThinkingFormat> thinkingFormatFromName(QStringView name)
{
    return lookup(thinkingFormats, name);
}

QString thinkingModeName(ThinkingMode mode)
{
    return nameOf(thinkingModes, mode);
}

QString thinkingFormatName(ThinkingFormat format)
{
    return nameOf(thinkingFormats, format);
}

QString lifecycleStageName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Preview:
        return u"preview"_s;
    case LifecycleStage::GA:
        return u"GA"_s;
    case LifecycleStage::Deprecated:
        return u"deprecated"_s;
    case LifecycleStage::Retired:
        return u"retired"_s;
    }
    return {};
}

LifecycleStage Lifecycle::stageOn(QDate day, bool launchedAsPreview) const
{
    if (retired.isValid() && day >= retired)
        return LifecycleStage::Retired;
    if (deprecated.isValid() && day >= deprecated)
        return LifecycleStage::Deprecated;
    if (ga.isValid() && day >= ga)
        return LifecycleStage::GA;
    if (launchedAsPreview || (preview.isValid() && day >= preview))
        return LifecycleStage::Preview;
    return LifecycleStage::GA;
}

QStringList ModelInfo::locations() const
{
    QStringList result;
    if (global)
        result << u"global"_s;
    result << multiRegions << regions;
    return result;
}

bool ModelInfo::servesLocation(QStringView location) const
{
    if (location == u"global")
        return global;
    return multiRegions.contains(location) || regions.contains(location);
}

QString ModelInfo::defaultLocation() const
{
    const QStringList all = locations();
    return all.isEmpty() ? u"global"_s : all.first();
}

} // namespace maas
