#pragma once

// The sampling parameters of a run: the shared ones from the prompt editor, and each pane's own
// overrides on top of them.

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace maas {

// What every pane's request gets besides the prompt.
struct RunParameters
{
    int maxTokens = 2048;
    std::optional<double> temperature; // unset: the model's default
    std::optional<double> topP;
    std::optional<int> topK;
    QStringList stopSequences;
    int thinkingBudget = 0; // 0: no visible reasoning requested

    friend bool operator==(const RunParameters &, const RunParameters &) = default;
};

// A pane's own values; an unset field takes the shared value.
struct ParameterOverrides
{
    std::optional<int> maxTokens;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> topK;
    std::optional<QStringList> stopSequences; // an empty list sends none
    std::optional<int> thinkingBudget;        // 0 switches thinking off for this pane

    bool isEmpty() const;
    RunParameters appliedTo(const RunParameters &shared) const;

    // Stored with the pane layout: {"maxTokens":512,"temperature":0.2,...}, only the set fields.
    QJsonObject toJson() const;
    // Fields of the wrong type or out of range are ignored (a hand-edited settings file never
    // breaks a pane).
    static ParameterOverrides fromJson(const QJsonObject &json);

    friend bool operator==(const ParameterOverrides &, const ParameterOverrides &) = default;
};

// Stop sequences as one line of text: separated by commas, with \n, \t, \, (comma), "\ " (a space kept at either end)
// and \\ as escapes, so
// "\n\nHuman:" and sequences holding commas can be typed.
QStringList parseStopSequences(QStringView line);
QString formatStopSequences(const QStringList &sequences);

} // namespace maas
