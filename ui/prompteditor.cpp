#include "prompteditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_system, &QPlainTextEdit::textChanged, this, &PromptEditor::promptsChanged);
    connect(m_user, &QPlainTextEdit::textChanged, this, &PromptEditor::promptsChanged);
    setTabOrder(m_system, m_user);
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
