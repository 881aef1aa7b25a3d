#include "modeldetails.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

QString tokens(int count)
{
    return QLocale().toString(count);
}

QString tableRow(const QString &label, const QString &value)
{
    return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(label, value);
}

QString date(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString ModelDetails::lifecycleWarning(const ModelInfo &model, const ModelCatalog &catalog, QDate today)
{
    const Lifecycle &lc = model.lifecycle;
    const ModelInfo *replacement = lc.replacement.isEmpty() ? nullptr : catalog.find(lc.replacement);
    const QString instead = replacement ? tr(" Use %1 instead.").arg(replacement->name) : QString();
    switch (model.stageOn(today)) {
    case LifecycleStage::Retired:
        return tr("Retired on %1: requests to this model fail.").arg(date(lc.retired)) + instead;
    case LifecycleStage::Deprecated:
        if (lc.retired.isValid())
            return tr("Deprecated since %1; retires on %2.").arg(date(lc.deprecated), date(lc.retired)) + instead;
        return tr("Deprecated since %1.").arg(date(lc.deprecated)) + instead;
    case LifecycleStage::GA:
    case LifecycleStage::Preview:
        if (lc.retired.isValid())
            return tr("Scheduled to retire on %1.").arg(date(lc.retired)) + instead;
        return {};
    }
    return {};
}

QString ModelDetails::html(const ModelInfo &m, const ModelCatalog &catalog, QDate today)
{
    QString html = u"<h3 style='margin-bottom:2px'>%1</h3>"_s.arg(m.name.toHtmlEscaped());
    html += u"<p style='margin-top:0'>%1</p>"_s.arg(m.description.toHtmlEscaped());

    const QString warning = lifecycleWarning(m, catalog, today);
    if (!warning.isEmpty())
        html += u"<p style='color:#b3261e'><b>%1</b></p>"_s.arg(warning.toHtmlEscaped());

    html += u"<table cellspacing='0' cellpadding='1'>"_s;
    html += tableRow(tr("Publisher"), m.publisherName.toHtmlEscaped());
    html += tableRow(tr("Model id"), u"<code>%1</code>"_s.arg(m.requestId.toHtmlEscaped()));
    html += tableRow(tr("Protocol"), wireFamilyName(m.family));
    html += tableRow(tr("Modalities"), modalityNames(m.modalities).join(u", "_s));
    html += tableRow(tr("Status"), lifecycleStageName(m.stageOn(today)));
    if (!m.endpoint.isEmpty())
        html += tableRow(tr("Endpoint"), m.endpoint.toDisplayString().toHtmlEscaped());
    else
        html += tableRow(tr("Global endpoint"), m.global ? tr("yes") : tr("no"));
    QStringList regional = m.multiRegions;
    regional << m.regions;
    if (m.endpoint.isEmpty())
        html += tableRow(tr("Regions"), regional.isEmpty() ? tr("none listed") : regional.join(u", "_s));
    if (m.contextWindow > 0)
        html += tableRow(tr("Context window"), tr("%1 tokens").arg(tokens(m.contextWindow)));
    if (m.maxOutputTokens > 0)
        html += tableRow(tr("Max output"), tr("%1 tokens").arg(tokens(m.maxOutputTokens)));
    if (m.embeddingDimensions > 0)
        html += tableRow(tr("Dimensions"), tokens(m.embeddingDimensions));
    if (m.maxSequenceLength > 0)
        html += tableRow(tr("Max sequence"), tr("%1 tokens").arg(tokens(m.maxSequenceLength)));
    if (m.hasThinking()) {
        QString thinking;
        switch (m.thinkingMode) {
        case ThinkingMode::Budget:
            thinking = tr("extended thinking with a token budget");
            break;
        case ThinkingMode::Adaptive:
            thinking = tr("adaptive thinking");
            break;
        case ThinkingMode::Always:
            thinking = tr("always reasons first");
            break;
        case ThinkingMode::Optional:
            thinking = tr("reasoning can be switched on");
            break;
        case ThinkingMode::None:
            break;
        }
        html += tableRow(tr("Thinking"), thinking);
    }
    if (m.pricing) {
        const Pricing &p = *m.pricing;
        const QLocale locale;
        html += tableRow(tr("Price per 1M tokens"),
                         tr("%1 in / %2 out (%3, as of %4)")
                             .arg(locale.toString(p.inputPerMillion, 'f', 2),
                                  locale.toString(p.outputPerMillion, 'f', 2), p.currency, date(p.asOf)));
    }
    const Lifecycle &lc = m.lifecycle;
    if (lc.ga.isValid())
        html += tableRow(tr("GA since"), date(lc.ga));
    html += u"</table>"_s;
    if (!m.notes.isEmpty())
        html += u"<p>%1</p>"_s.arg(m.notes.toHtmlEscaped());
    if (!lc.note.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(lc.note.toHtmlEscaped());
    if (m.custom)
        html += u"<p><i>%1</i></p>"_s.arg(tr("From your catalog: %1").arg(m.sourceFile).toHtmlEscaped());
    return html;
}

} // namespace maas
