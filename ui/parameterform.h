#pragma once

#include "prompt/runparameters.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace maas {

// The sampling parameters as editors. Shared (the prompt editor's row): a checkbox switches each
// optional value on, unchecked means the model's default. Override (a pane's dialog): every
// parameter has a checkbox that makes it this pane's own, unchecked ones follow the shared values.
class ParameterForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterForm)

public:
    enum class Kind
    {
        Shared,
        Override,
    };
    explicit ParameterForm(Kind kind, QWidget *parent = nullptr);

    // Shared kind.
    RunParameters parameters() const;
    void setParameters(const RunParameters &parameters);
    // Override kind: the checked rows; unchecked editors show the shared values.
    ParameterOverrides overrides() const;
    void setOverrides(const ParameterOverrides &overrides, const RunParameters &shared);

    QWidget *firstInput() const;

Q_SIGNALS:
    void changed();

private:
    QCheckBox *check(const QString &objectName, const QString &text, const QString &tip);
    void updateEnabled();

    Kind m_kind;
    QCheckBox *m_useMaxTokens = nullptr; // Override kind only
    QSpinBox *m_maxTokens;
    QCheckBox *m_useTemperature;
    QDoubleSpinBox *m_temperature;
    QCheckBox *m_useTopP;
    QDoubleSpinBox *m_topP;
    QCheckBox *m_useTopK;
    QSpinBox *m_topK;
    QCheckBox *m_useStop = nullptr; // Override kind only
    QLineEdit *m_stop;
    QCheckBox *m_thinking;
    QSpinBox *m_thinkingBudget;
};

} // namespace maas
