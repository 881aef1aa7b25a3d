#include "prompteditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

PromptEditor::PromptEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_system(new QPlainTextEdit(this))
    , m_user(new QPlainTextEdit(this))
    , m_highlighter(nullptr)
    , m_maxTokens(new QSpinBox(this))
    , m_useTemperature(new QCheckBox(tr("&Temperature"), this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_thinking(new QCheckBox(tr("T&hinking"), this))
    , m_thinkingBudget(new QSpinBox(this))
    , m_run(new QPushButton(tr("&Run all"), this))
    , m_followUp(new QPushButton(tr("&Follow up"), this))
    , m_stop(new QPushButton(tr("Stop all"), this))
    , m_addPane(new QPushButton(tr("Add pane"), this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_system->setObjectName(u"systemPromptEdit"_s);
    m_system->setAccessibleName(tr("System prompt"));
    m_system->setPlaceholderText(tr("System prompt (optional): the role and rules every model gets"));
    m_system->setTabChangesFocus(true);

    m_user->setObjectName(u"userPromptEdit"_s);
    m_user->setAccessibleName(tr("User prompt"));
    m_user->setPlaceholderText(tr("Your prompt, in Markdown. Every pane receives the same text."));
    m_user->setFont(fixed);
    m_user->setTabChangesFocus(true);

    // Attach the highlighter before any text is set: attached to a document that already held text,
    // it rendered an empty view in our tests.
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_user->document());
    m_highlighter->setDefinition(m_repository.definitionForName(u"Markdown"_s));
    applyTheme();

    auto *systemLabel = new QLabel(tr("&System"), this);
    systemLabel->setBuddy(m_system);
    auto *userLabel = new QLabel(tr("&Prompt"), this);
    userLabel->setBuddy(m_user);

    auto *systemBox = new QWidget(this);
    auto *systemLayout = new QVBoxLayout(systemBox);
    systemLayout->setContentsMargins(0, 0, 0, 0);
    systemLayout->addWidget(systemLabel);
    systemLayout->addWidget(m_system);
    auto *userBox = new QWidget(this);
    auto *userLayout = new QVBoxLayout(userBox);
    userLayout->setContentsMargins(0, 0, 0, 0);
    userLayout->addWidget(userLabel);
    userLayout->addWidget(m_user);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(systemBox);
    splitter->addWidget(userBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    m_maxTokens->setObjectName(u"maxTokensSpinBox"_s);
    m_maxTokens->setRange(1, 128000);
    m_maxTokens->setSingleStep(256);
    m_maxTokens->setValue(2048);
    m_maxTokens->setAccessibleName(tr("Max output tokens"));
    m_maxTokens->setToolTip(tr("Longest answer each model may give, in tokens"));
    m_useTemperature->setObjectName(u"temperatureCheckBox"_s);
    m_useTemperature->setToolTip(tr("Unchecked: each model's default sampling"));
    m_temperature->setObjectName(u"temperatureSpinBox"_s);
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(0.7);
    m_temperature->setEnabled(false);
    m_temperature->setAccessibleName(tr("Temperature"));
    m_thinking->setObjectName(u"thinkingCheckBox"_s);
    m_thinking->setToolTip(tr("Ask models that can reason visibly to do so (Claude extended thinking, "
                              "DeepSeek V3.1 thinking); models that always reason do anyway"));
    m_thinkingBudget->setObjectName(u"thinkingBudgetSpinBox"_s);
    m_thinkingBudget->setRange(1024, 64000);
    m_thinkingBudget->setSingleStep(1024);
    m_thinkingBudget->setValue(2048);
    m_thinkingBudget->setEnabled(false);
    m_thinkingBudget->setAccessibleName(tr("Thinking budget in tokens"));
    m_run->setObjectName(u"runAllButton"_s);
    m_run->setDefault(true);
    m_run->setToolTip(tr("Send the prompt to every pane (Ctrl+Enter)"));
    m_followUp->setObjectName(u"followUpButton"_s);
    m_followUp->setToolTip(tr("Send the prompt to every pane as the next turn of its own conversation "
                              "(Ctrl+Shift+Enter)"));
    m_followUp->setEnabled(false);
    m_stop->setObjectName(u"stopAllButton"_s);
    m_stop->setEnabled(false);
    m_addPane->setObjectName(u"addPaneButton"_s);
    m_addPane->setToolTip(tr("Compare one more model (up to 6)"));

    auto *maxLabel = new QLabel(tr("&Max tokens"), this);
    maxLabel->setBuddy(m_maxTokens);
    auto *controls = new QHBoxLayout;
    controls->addWidget(maxLabel);
    controls->addWidget(m_maxTokens);
    controls->addSpacing(8);
    controls->addWidget(m_useTemperature);
    controls->addWidget(m_temperature);
    controls->addSpacing(8);
    controls->addWidget(m_thinking);
    controls->addWidget(m_thinkingBudget);
    controls->addStretch(1);
    controls->addWidget(m_addPane);
    controls->addWidget(m_stop);
    controls->addWidget(m_followUp);
    controls->addWidget(m_run);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(controls);

    connect(m_system, &QPlainTextEdit::textChanged, this, &PromptEditor::promptsChanged);
    connect(m_user, &QPlainTextEdit::textChanged, this, &PromptEditor::promptsChanged);
    connect(m_useTemperature, &QCheckBox::toggled, m_temperature, &QWidget::setEnabled);
    connect(m_thinking, &QCheckBox::toggled, m_thinkingBudget, &QWidget::setEnabled);
    connect(m_run, &QPushButton::clicked, this, &PromptEditor::runRequested);
    connect(m_stop, &QPushButton::clicked, this, &PromptEditor::stopRequested);
    connect(m_followUp, &QPushButton::clicked, this, &PromptEditor::followUpRequested);
    connect(m_addPane, &QPushButton::clicked, this, &PromptEditor::addPaneRequested);
    m_system->installEventFilter(this);
    m_user->installEventFilter(this);
    setTabOrder(m_system, m_user);
    setTabOrder(m_user, m_maxTokens);
}

QString PromptEditor::systemPrompt() const
{
    return m_system->toPlainText();
}

QString PromptEditor::userPrompt() const
{
    return m_user->toPlainText();
}

void PromptEditor::setSystemPrompt(const QString &text)
{
    m_system->setPlainText(text);
}

void PromptEditor::setUserPrompt(const QString &text)
{
    m_user->setPlainText(text);
}

RunParameters PromptEditor::parameters() const
{
    RunParameters p;
    p.maxTokens = m_maxTokens->value();
    if (m_useTemperature->isChecked())
        p.temperature = m_temperature->value();
    p.thinkingBudget = m_thinking->isChecked() ? m_thinkingBudget->value() : 0;
    return p;
}

void PromptEditor::setParameters(const RunParameters &p)
{
    m_maxTokens->setValue(p.maxTokens);
    m_useTemperature->setChecked(p.temperature.has_value());
    if (p.temperature)
        m_temperature->setValue(*p.temperature);
    m_thinking->setChecked(p.thinkingBudget > 0);
    if (p.thinkingBudget > 0)
        m_thinkingBudget->setValue(p.thinkingBudget);
}

void PromptEditor::setRunning(bool running)
{
    m_stop->setEnabled(running);
    m_run->setText(running ? tr("&Run again") : tr("&Run all"));
}

void PromptEditor::setCanFollowUp(bool can)
{
    m_followUp->setEnabled(can);
}

bool PromptEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter runs from either prompt; a plain Enter stays a newline.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            if (key->modifiers().testFlag(Qt::ShiftModifier))
                Q_EMIT followUpRequested();
            else
                Q_EMIT runRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PromptEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void PromptEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = m_repository.themeForPalette(palette());
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace maas
