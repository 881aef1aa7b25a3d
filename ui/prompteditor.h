#pragma once

#include "prompt/runparameters.h"
#include "wire/chatrequest.h"

#include <QHash>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace maas {

class AttachmentStrip;
class ParameterForm;
class VariablesTable;

// System and user prompt (the user prompt highlighted as Markdown in a theme that follows the
// palette), the values of their {{variables}}, attached images, the shared parameters, and
// Run / Stop for all panes.
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
    RunParameters parameters() const;
    void setParameters(const RunParameters &parameters);
    // The variables the prompts use now, and the values typed for them.
    QStringList variableNames() const;
    QHash<QString, QString> variableValues() const;
    void setVariableValue(const QString &name, const QString &value);
    QList<ImageAttachment> images() const;
    AttachmentStrip *attachments() const { return m_attachments; }
    // Whether any pane is streaming: Run becomes "Run again" and Stop all is enabled.
    void setRunning(bool running);
    // Whether the panes hold answers a follow-up can continue.
    void setCanFollowUp(bool can);

Q_SIGNALS:
    void promptsChanged();
    void runRequested();
    void followUpRequested();
    void stopRequested();
    void addPaneRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();
    bool handleDrop(QEvent *event);

    KSyntaxHighlighting::Repository &m_repository;
    QPlainTextEdit *m_system;
    QPlainTextEdit *m_user;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    ParameterForm *m_parameters;
    VariablesTable *m_variables;
    AttachmentStrip *m_attachments;
    QPushButton *m_run;
    QPushButton *m_followUp;
    QPushButton *m_stop;
    QPushButton *m_addPane;
};

} // namespace maas
