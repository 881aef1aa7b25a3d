#include "parameterform.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace maas {

ParameterForm::ParameterForm(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_maxTokens(new QSpinBox(this))
    , m_useTemperature(check(u"temperatureCheckBox"_s, tr("&Temperature"), tr("Unchecked: each model's default")))
    , m_temperature(new QDoubleSpinBox(this))
    , m_useTopP(
          check(u"topPCheckBox"_s, tr("Top-&p"),
                tr("Nucleus sampling: only the most likely tokens whose probabilities add up to this value (Claude "
                   "while thinking takes only 0.95 or more; lower values are left out)")))
    , m_topP(new QDoubleSpinBox(this))
    , m_useTopK(check(u"topKCheckBox"_s, tr("Top-&k"),
                      tr("Sample only from this many most likely tokens (Mistral does not take it; Claude drops it "
                         "while thinking)")))
    , m_topK(new QSpinBox(this))
    , m_stop(new QLineEdit(this))
    , m_thinking(check(u"thinkingCheckBox"_s, tr("T&hinking"),
                       tr("Ask models that can reason visibly to do so (Claude extended thinking, DeepSeek V3.1 "
                          "thinking); models that always reason do anyway")))
    , m_thinkingBudget(new QSpinBox(this))
{
    const bool shared = kind == Kind::Shared;
    if (!shared) {
        m_useMaxTokens = check(u"maxTokensCheckBox"_s, tr("&Max tokens"), tr("Longest answer, in tokens"));
        m_useStop = check(u"stopSequencesCheckBox"_s, tr("&Stop sequences"),
                          tr("Checked with an empty list: no stop sequences for this pane"));
        m_thinking->setToolTip(tr("Checked: this pane's own thinking budget (0 switches thinking off here)"));
    }
    m_maxTokens->setObjectName(u"maxTokensSpinBox"_s);
    m_maxTokens->setRange(1, 128000);
    m_maxTokens->setSingleStep(256);
    m_maxTokens->setValue(2048);
    m_maxTokens->setAccessibleName(tr("Max output tokens"));
    m_maxTokens->setToolTip(tr("Longest answer each model may give, in tokens"));
    m_temperature->setObjectName(u"temperatureSpinBox"_s);
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(0.7);
    m_temperature->setAccessibleName(tr("Temperature"));
    m_topP->setObjectName(u"topPSpinBox"_s);
    m_topP->setRange(0.0, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(0.95);
    m_topP->setAccessibleName(tr("Top-p"));
    m_topK->setObjectName(u"topKSpinBox"_s);
    m_topK->setRange(1, 1000);
    m_topK->setValue(40);
    m_topK->setAccessibleName(tr("Top-k"));
    m_stop->setObjectName(u"stopSequencesEdit"_s);
    m_stop->setAccessibleName(tr("Stop sequences"));
    m_stop->setPlaceholderText(tr("Stop sequences: END, \\n\\nHuman:"));
    m_stop->setToolTip(tr("Generation stops at any of these. Separate them with commas; \\n is a new line, "
                          "\\, a comma, \"\\ \" a space at either end."));
    m_stop->setClearButtonEnabled(true);
    m_thinkingBudget->setObjectName(u"thinkingBudgetSpinBox"_s);
    m_thinkingBudget->setRange(shared ? 1024 : 0, 64000);
    m_thinkingBudget->setSingleStep(1024);
    m_thinkingBudget->setValue(2048);
    m_thinkingBudget->setAccessibleName(tr("Thinking budget in tokens"));
    if (!shared)
        m_thinkingBudget->setSpecialValueText(tr("off"));

    const QList<std::pair<QCheckBox *, QWidget *>> rows{
        {m_useTemperature, m_temperature}, {m_useTopP, m_topP}, {m_useTopK, m_topK}, {m_thinking, m_thinkingBudget}};
    if (shared) {
        auto *maxLabel = new QLabel(tr("&Max tokens"), this);
        maxLabel->setBuddy(m_maxTokens);
        auto *stopLabel = new QLabel(tr("&Stop"), this);
        stopLabel->setBuddy(m_stop);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(maxLabel);
        layout->addWidget(m_maxTokens);
        for (const auto &[box, editor] : rows) {
            layout->addSpacing(8);
            layout->addWidget(box);
            layout->addWidget(editor);
        }
        layout->addSpacing(8);
        layout->addWidget(stopLabel);
        layout->addWidget(m_stop, 1);
        m_stop->setMinimumWidth(120);
    } else {
        auto *grid = new QGridLayout(this);
        grid->setContentsMargins(0, 0, 0, 0);
        int row = 0;
        grid->addWidget(m_useMaxTokens, row, 0);
        grid->addWidget(m_maxTokens, row++, 1);
        for (const auto &[box, editor] : rows) {
            grid->addWidget(box, row, 0);
            grid->addWidget(editor, row++, 1);
        }
        grid->addWidget(m_useStop, row, 0);
        grid->addWidget(m_stop, row, 1);
    }

    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            Q_EMIT changed();
        });
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &ParameterForm::changed);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &ParameterForm::changed);
    connect(m_topP, &QDoubleSpinBox::valueChanged, this, &ParameterForm::changed);
    connect(m_topK, &QSpinBox::valueChanged, this, &ParameterForm::changed);
    connect(m_thinkingBudget, &QSpinBox::valueChanged, this, &ParameterForm::changed);
    connect(m_stop, &QLineEdit::textChanged, this, &ParameterForm::changed);
    updateEnabled();
}

QCheckBox *ParameterForm::check(const QString &objectName, const QString &text, const QString &tip)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(objectName);
    box->setToolTip(tip);
    return box;
}

void ParameterForm::updateEnabled()
{
    if (m_useMaxTokens)
        m_maxTokens->setEnabled(m_useMaxTokens->isChecked());
    if (m_useStop)
        m_stop->setEnabled(m_useStop->isChecked());
    m_temperature->setEnabled(m_useTemperature->isChecked());
    m_topP->setEnabled(m_useTopP->isChecked());
    m_topK->setEnabled(m_useTopK->isChecked());
    m_thinkingBudget->setEnabled(m_thinking->isChecked());
}

QWidget *ParameterForm::firstInput() const
{
    return m_useMaxTokens ? static_cast<QWidget *>(m_useMaxTokens) : static_cast<QWidget *>(m_maxTokens);
}

RunParameters ParameterForm::parameters() const
{
    RunParameters p;
    p.maxTokens = m_maxTokens->value();
    if (m_useTemperature->isChecked())
        p.temperature = m_temperature->value();
    if (m_useTopP->isChecked())
        p.topP = m_topP->value();
    if (m_useTopK->isChecked())
        p.topK = m_topK->value();
    p.stopSequences = parseStopSequences(m_stop->text());
    p.thinkingBudget = m_thinking->isChecked() ? m_thinkingBudget->value() : 0;
    return p;
}

void ParameterForm::setParameters(const RunParameters &p)
{
    m_maxTokens->setValue(p.maxTokens);
    m_useTemperature->setChecked(p.temperature.has_value());
    if (p.temperature)
        m_temperature->setValue(*p.temperature);
    m_useTopP->setChecked(p.topP.has_value());
    if (p.topP)
        m_topP->setValue(*p.topP);
    m_useTopK->setChecked(p.topK.has_value());
    if (p.topK)
        m_topK->setValue(*p.topK);
    m_stop->setText(formatStopSequences(p.stopSequences));
    m_thinking->setChecked(p.thinkingBudget > 0);
    if (p.thinkingBudget > 0)
        m_thinkingBudget->setValue(p.thinkingBudget);
}

ParameterOverrides ParameterForm::overrides() const
{
    ParameterOverrides o;
    if (m_useMaxTokens && m_useMaxTokens->isChecked())
        o.maxTokens = m_maxTokens->value();
    if (m_useTemperature->isChecked())
        o.temperature = m_temperature->value();
    if (m_useTopP->isChecked())
        o.topP = m_topP->value();
    if (m_useTopK->isChecked())
        o.topK = m_topK->value();
    if (m_useStop && m_useStop->isChecked())
        o.stopSequences = parseStopSequences(m_stop->text());
    if (m_thinking->isChecked())
        o.thinkingBudget = m_thinkingBudget->value();
    return o;
}

void ParameterForm::setOverrides(const ParameterOverrides &o, const RunParameters &shared)
{
    const RunParameters shown = o.appliedTo(shared);
    m_maxTokens->setValue(shown.maxTokens);
    m_temperature->setValue(shown.temperature.value_or(0.7));
    m_topP->setValue(shown.topP.value_or(0.95));
    m_topK->setValue(shown.topK.value_or(40));
    m_stop->setText(formatStopSequences(shown.stopSequences));
    m_thinkingBudget->setValue(shown.thinkingBudget);
    if (m_useMaxTokens)
        m_useMaxTokens->setChecked(o.maxTokens.has_value());
    m_useTemperature->setChecked(o.temperature.has_value());
    m_useTopP->setChecked(o.topP.has_value());
    m_useTopK->setChecked(o.topK.has_value());
    if (m_useStop)
        m_useStop->setChecked(o.stopSequences.has_value());
    m_thinking->setChecked(o.thinkingBudget.has_value());
}

} // namespace maas
