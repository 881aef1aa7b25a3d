#include "panechrome.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace maas {

namespace {

// Empties a row; its widgets stay where they are until re-added.
void clear(QBoxLayout *row)
{
    while (QLayoutItem *item = row->takeAt(0))
        delete item;
}

QBoxLayout *row(int spacing)
{
    auto *r = new QHBoxLayout;
    r->setSpacing(spacing);
    return r;
}

} // namespace

PaneChrome::PaneChrome(const Header &header, QLabel *metrics, const QList<Button> &buttons)
    : m_header(header)
    , m_metrics(metrics)
    , m_buttons(buttons)
    , m_head(new QVBoxLayout)
    , m_headRow1(row(4))
    , m_headRow2(row(4))
    , m_foot(new QVBoxLayout)
    , m_footRow1(row(2))
    , m_footRow2(row(2))
{
    m_head->setSpacing(2);
    m_head->addLayout(m_headRow1);
    m_head->addLayout(m_headRow2);
    m_foot->setSpacing(2);
    m_foot->addLayout(m_footRow1);
    m_foot->addLayout(m_footRow2);
    m_metrics->setWordWrap(true);
    arrange();
}

QLayout *PaneChrome::headerLayout() const
{
    return m_head;
}

QLayout *PaneChrome::footerLayout() const
{
    return m_foot;
}

void PaneChrome::setNarrow(bool narrow)
{
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    arrange();
}

void PaneChrome::arrange()
{
    for (QBoxLayout *r : {m_headRow1, m_headRow2, m_footRow1, m_footRow2})
        clear(r);
    const Header &h = m_header;
    m_headRow1->addWidget(h.statusDot);
    m_headRow1->addWidget(h.title);
    m_headRow1->addWidget(h.model, 3);
    QBoxLayout *second = m_narrow ? m_headRow2 : m_headRow1;
    second->addWidget(h.location, m_narrow ? 3 : 1);
    second->addWidget(h.moveLeft);
    second->addWidget(h.moveRight);
    second->addWidget(h.settings);
    m_headRow1->addWidget(h.remove);

    // The metrics always get a row of their own: beside the buttons they wrap into a thin column.
    m_footRow1->addWidget(m_metrics, 1);
    for (const Button &b : std::as_const(m_buttons)) {
        m_footRow2->addWidget(b.button, 0, Qt::AlignTop);
        b.button->setText(m_narrow ? b.narrowText : b.wideText);
    }
    m_footRow2->addStretch(1);
    // The metrics wrap to about four lines in a narrow pane; keep room for all of them.
    m_metrics->setMinimumHeight(m_narrow ? 4 * m_metrics->fontMetrics().lineSpacing() : 0);
    // Narrow combos elide their text instead of asking for room the pane does not have.
    h.model->setMinimumContentsLength(m_narrow ? 6 : 12);
    h.location->setMinimumContentsLength(m_narrow ? 6 : 9);
}

} // namespace maas
