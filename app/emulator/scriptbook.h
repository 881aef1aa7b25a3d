#pragma once

#include "emulator/generation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace maas {
struct ModelInfo;
}

namespace maas::emulator {

// One answer template of a style: Markdown lines with {model}, {quote}, {words} placeholders.
struct ScriptTemplate
{
    QString id;
    QStringList topics; // "general", "code", "compare", "greeting"
    QString thinking;
    QString text;
};

// A model family's voice: its templates and its latency profile.
struct ScriptStyle
{
    QString name; // "claude", "llama", ...
    QStringList publishers;
    SpeedProfile speed;
    QHash<QString, SpeedProfile> modelSpeeds; // by catalog id
    QList<ScriptTemplate> templates;
};

// The scripted answers of resources/emulator/*.json (compiled in under :/emulator). The same
// (model, prompt) always gives the same answer; the template is picked by the prompt's topic and a
// stable hash of the prompt, so different prompts get different answers.
class ScriptBook final
{
public:
    // Every style file under :/emulator.
    static ScriptBook builtIn();

    // Adds one style file; returns false (and records why) when it is not usable.
    bool addJson(const QByteArray &json, const QString &fileName);

    const QList<ScriptStyle> &styles() const { return m_styles; }
    const QStringList &problems() const { return m_problems; }

    // The style for a model: by publisher, else "llama" (the generic OpenAI-compatible voice).
    const ScriptStyle *styleFor(const ModelInfo &model) const;
    SpeedProfile speedFor(const ModelInfo &model) const;
    // The answer for a prompt; thinking text only when withThinking.
    ScriptedAnswer compose(const ModelInfo &model, const QString &prompt, bool withThinking) const;

    // The topic a prompt is about, from keywords: "code", "compare", "greeting" or "general".
    static QString topicOf(const QString &prompt);
    // The first words of the prompt, for the answer to quote.
    static QString quoteOf(const QString &prompt);

private:
    QList<ScriptStyle> m_styles;
    QStringList m_problems;
};

} // namespace maas::emulator
