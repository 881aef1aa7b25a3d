#include "prompteditor.h"

#include "attachmentstrip.h"
#include "parameterform.h"
#include "prompt/promptvariables.h"
#include "variablestable.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
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
    , m_parameters(new ParameterForm(ParameterForm::Kind::Shared, this))
    , m_variables(new VariablesTable(this))
    , m_attachments(new AttachmentStrip(this))
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
    auto *prompts = new QSplitter(Qt::Horizontal, this);
    prompts->addWidget(splitter);
    prompts->addWidget(m_variables);
    prompts->setStretchFactor(0, 3);
    prompts->setStretchFactor(1, 1);

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

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_attachments, 1);
    actions->addWidget(m_addPane);
    actions->addWidget(m_stop);
    actions->addWidget(m_followUp);
    actions->addWidget(m_run);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(prompts, 1);
    layout->addWidget(m_parameters);
    layout->addLayout(actions);

    // The variables table follows the prompts: a {{name}} typed adds its row, one deleted drops it.
    const auto syncVariables = [this] { m_variables->setNames(variableNames()); };
    connect(m_system, &QPlainTextEdit::textChanged, this, syncVariables);
    connect(m_user, &QPlainTextEdit::textChanged, this, syncVariables);
    connect(m_system, &QPlainTextEdit::textChanged, this, &PromptEditor::promptsChanged);
    connect(m_user, &QPlainTextEdit::textChanged, this, &PromptEditor::promptsChanged);
    connect(m_run, &QPushButton::clicked, this, &PromptEditor::runRequested);
    connect(m_stop, &QPushButton::clicked, this, &PromptEditor::stopRequested);
    connect(m_followUp, &QPushButton::clicked, this, &PromptEditor::followUpRequested);
    connect(m_addPane, &QPushButton::clicked, this, &PromptEditor::addPaneRequested);
    m_system->installEventFilter(this);
    m_user->installEventFilter(this);
    // Image files dropped on either prompt are attached, not pasted as their paths.
    m_system->viewport()->installEventFilter(this);
    m_user->viewport()->installEventFilter(this);
    setTabOrder(m_system, m_user);
    setTabOrder(m_user, m_parameters->firstInput());
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
    return m_parameters->parameters();
}

void PromptEditor::setParameters(const RunParameters &p)
{
    m_parameters->setParameters(p);
}

QStringList PromptEditor::variableNames() const
{
    return prompt::variableNames({systemPrompt(), userPrompt()});
}

QHash<QString, QString> PromptEditor::variableValues() const
{
    return m_variables->values();
}

void PromptEditor::setVariableValue(const QString &name, const QString &value)
{
    m_variables->setValue(name, value);
}

QList<ImageAttachment> PromptEditor::images() const
{
    return m_attachments->images();
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

bool PromptEditor::handleDrop(QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!AttachmentStrip::canTake(drag->mimeData()))
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!AttachmentStrip::canTake(drop->mimeData()))
            return false;
        m_attachments->addFromMimeData(drop->mimeData());
        drop->acceptProposedAction();
        return true;
    }
    default:
        return false;
    }
}

bool PromptEditor::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_user->viewport() || watched == m_system->viewport()) && handleDrop(event))
        return true;
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
