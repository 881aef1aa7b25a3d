#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace maas {

// The values of the prompt's {{variables}}: one row per variable found (prompt/promptvariables.h),
// kept in sync with the prompts by setNames(); a value typed once is remembered while its variable
// comes and goes. Hidden when the prompts use no variables.
class VariablesTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariablesTable)

public:
    explicit VariablesTable(QWidget *parent = nullptr);

    void setNames(const QStringList &names);
    QStringList names() const { return m_names; }
    // Values of every variable ever typed (the controller substitutes the ones the prompts use).
    QHash<QString, QString> values() const { return m_values; }
    void setValue(const QString &name, const QString &value);

Q_SIGNALS:
    void valuesChanged();

private:
    void markEmpty(int row);

    QLabel *m_title;
    QTableWidget *m_table;
    QStringList m_names;
    QHash<QString, QString> m_values;
};

} // namespace maas
