#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace maas {

// What every pane's request gets besides the prompt.
struct RunParameters
{
    int maxTokens = 2048;
    std::optional<double> temperature;
    int thinkingBudget = 0; // 0: no visible reasoning requested
};

// System and user prompt (the user prompt highlighted as Markdown in a theme that follows the
// palette), the shared parameters, and Run / Stop for all panes.
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

    KSyntaxHighlighting::Repository &m_repository;
    QPlainTextEdit *m_system;
    QPlainTextEdit *m_user;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QSpinBox *m_maxTokens;
    QCheckBox *m_useTemperature;
    QDoubleSpinBox *m_temperature;
    QCheckBox *m_thinking;
    QSpinBox *m_thinkingBudget;
    QPushButton *m_run;
    QPushButton *m_followUp;
    QPushButton *m_stop;
    QPushButton *m_addPane;
};

} // namespace maas
