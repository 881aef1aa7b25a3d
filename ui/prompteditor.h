#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace maas {

// System and user prompt, the user prompt highlighted as Markdown in a theme that follows the palette.
class PromptEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptEditor)

public:
    PromptEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    QString systemPrompt() const;
    QString userPrompt() const;
    void setSystemPrompt(const QString &text);
    void setUserPrompt(const QString &text);

Q_SIGNALS:
    void promptsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::Repository &m_repository;
    QPlainTextEdit *m_system;
    QPlainTextEdit *m_user;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace maas
