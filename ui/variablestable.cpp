#include "variablestable.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

VariablesTable::VariablesTable(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("&Variables"), this))
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setObjectName(u"variablesTable"_s);
    m_table->setAccessibleName(tr("Values of the prompt variables"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Each {{name}} in the prompts is replaced by its value when the prompt runs. "
                           "Write \\{{name}} to send the braces as they are."));
    m_title->setBuddy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != 1 || item->row() >= m_names.size())
            return;
        m_values.insert(m_names.at(item->row()), item->text());
        markEmpty(item->row());
        Q_EMIT valuesChanged();
    });
    hide();
}

void VariablesTable::setNames(const QStringList &names)
{
    if (names == m_names)
        return;
    m_names = names;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        auto *name = new QTableWidgetItem(names.at(row));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(m_values.value(names.at(row))));
        markEmpty(row);
    }
    setVisible(!names.isEmpty());
}

void VariablesTable::setValue(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    const qsizetype row = m_names.indexOf(name);
    if (row >= 0)
        m_table->item(int(row), 1)->setText(value); // itemChanged emits valuesChanged
    else
        Q_EMIT valuesChanged();
}

void VariablesTable::markEmpty(int row)
{
    QTableWidgetItem *value = m_table->item(row, 1);
    if (!value)
        return;
    const QSignalBlocker blocker(m_table); // colouring the cell is not an edit
    const bool empty = value->text().isEmpty();
    value->setBackground(empty ? QBrush(QColor(0xfd, 0xe7, 0xe4)) : QBrush());
    value->setToolTip(empty ? tr("No value yet: a run is refused until {{%1}} has one.").arg(m_names.at(row))
                            : QString());
}

} // namespace maas
