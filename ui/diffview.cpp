#include "diffview.h"

#include "comparisonview.h"
#include "responsepane.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

struct DiffColours
{
    QColor deletedBackground;
    QColor deletedText;
    QColor insertedBackground;
    QColor insertedText;
};

// Red and green tints with their own text colour, so both read on light and dark palettes; the
// strike-out and underline say the same for anyone who cannot tell the colours apart.
DiffColours coloursFor(const QPalette &palette)
{
    if (palette.color(QPalette::Base).lightness() < 128)
        return {QColor(0x67, 0x0f, 0x14), QColor(0xff, 0xd7, 0xd5), QColor(0x0f, 0x4a, 0x22), QColor(0xc6, 0xf6, 0xd0)};
    return {QColor(0xff, 0xdc, 0xd7), QColor(0x82, 0x07, 0x1e), QColor(0xcc, 0xf5, 0xd6), QColor(0x05, 0x5d, 0x20)};
}

} // namespace

DiffView::DiffView(ComparisonView &comparison, QWidget *parent)
    : QWidget(parent)
    , m_comparison(comparison)
    , m_paneA(new QComboBox(this))
    , m_paneB(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"diffView"_s);

    m_paneA->setObjectName(u"paneAComboBox"_s);
    m_paneB->setObjectName(u"paneBComboBox"_s);
    auto *labelA = new QLabel(tr("Pane &A:"), this);
    labelA->setBuddy(m_paneA);
    auto *labelB = new QLabel(tr("Pane &B:"), this);
    labelB->setBuddy(m_paneB);
    auto *swap = new QPushButton(tr("S&wap"), this);
    swap->setObjectName(u"swapButton"_s);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(u"refreshButton"_s);
    refreshButton->setToolTip(tr("Compare the answers again, e.g. after a pane finished streaming"));

    m_summary->setObjectName(u"diffSummary"_s);
    m_summary->setWordWrap(true);
    m_browser->setObjectName(u"diffBrowser"_s);
    m_browser->setAccessibleName(tr("Word differences between the two answers"));
    m_browser->setOpenLinks(false);

    auto *top = new QHBoxLayout;
    top->addWidget(labelA);
    top->addWidget(m_paneA, 1);
    top->addWidget(labelB);
    top->addWidget(m_paneB, 1);
    top->addWidget(swap);
    top->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_browser, 1);

    fillPanes();
    if (m_comparison.paneCount() > 1)
        setPanes(0, 1);
    connect(m_paneA, &QComboBox::currentIndexChanged, this, &DiffView::refresh);
    connect(m_paneB, &QComboBox::currentIndexChanged, this, &DiffView::refresh);
    connect(swap, &QPushButton::clicked, this, [this] { setPanes(paneB(), paneA()); });
    connect(refreshButton, &QPushButton::clicked, this, &DiffView::refresh);
    connect(&m_comparison, &ComparisonView::panesChanged, this, [this] {
        fillPanes();
        refresh();
    });
    refresh();
}

void DiffView::setPanes(int paneA, int paneB)
{
    {
        const QSignalBlocker blockA(m_paneA);
        const QSignalBlocker blockB(m_paneB);
        m_paneA->setCurrentIndex(paneA);
        m_paneB->setCurrentIndex(paneB);
    }
    refresh();
}

int DiffView::paneA() const
{
    return m_paneA->currentIndex();
}

int DiffView::paneB() const
{
    return m_paneB->currentIndex();
}

void DiffView::fillPanes()
{
    const int a = std::max(0, paneA());
    const int b = std::max(0, paneB());
    const QSignalBlocker blockA(m_paneA);
    const QSignalBlocker blockB(m_paneB);
    m_paneA->clear();
    m_paneB->clear();
    for (int i = 0; i < m_comparison.paneCount(); ++i) {
        const QString label = tr("Pane %1: %2").arg(i + 1).arg(m_comparison.pane(i)->modelId());
        m_paneA->addItem(label);
        m_paneB->addItem(label);
        connect(m_comparison.pane(i), &ResponsePane::streamFinished, this, &DiffView::refresh, Qt::UniqueConnection);
    }
    m_paneA->setCurrentIndex(std::min(a, m_paneA->count() - 1));
    m_paneB->setCurrentIndex(std::min(b, m_paneB->count() - 1));
}

void DiffView::refresh()
{
    const int a = paneA();
    const int b = paneB();
    const int count = m_comparison.paneCount();
    if (a < 0 || b < 0 || a >= count || b >= count) {
        m_diff = {};
    } else {
        // Labels follow the panes' current models, which may have changed since the list was filled.
        m_paneA->setItemText(a, tr("Pane %1: %2").arg(a + 1).arg(m_comparison.pane(a)->modelId()));
        m_paneB->setItemText(b, tr("Pane %1: %2").arg(b + 1).arg(m_comparison.pane(b)->modelId()));
        m_diff = diffWords(m_comparison.pane(a)->answerMarkdown(), m_comparison.pane(b)->answerMarkdown());
    }
    render();
}

void DiffView::render()
{
    const int a = paneA();
    const int b = paneB();
    if (m_comparison.paneCount() < 2)
        m_summary->setText(tr("Add a second pane to compare two answers."));
    else if (a == b)
        m_summary->setText(tr("Pick two different panes."));
    else if (m_diff.segments.isEmpty())
        m_summary->setText(tr("Neither pane has an answer yet: run the comparison first."));
    else
        m_summary->setText(
            tr("Changed words: %1 (%2 only in pane %3, struck out; %4 only in pane %5, underlined). Shared: %6.")
                .arg(m_diff.deletedWords + m_diff.insertedWords)
                .arg(m_diff.deletedWords)
                .arg(a + 1)
                .arg(m_diff.insertedWords)
                .arg(b + 1)
                .arg(m_diff.equalWords));

    const DiffColours colours = coloursFor(palette());
    QTextCharFormat plain;
    QTextCharFormat deleted;
    deleted.setBackground(colours.deletedBackground);
    deleted.setForeground(colours.deletedText);
    deleted.setFontStrikeOut(true);
    deleted.setToolTip(tr("Only in pane %1").arg(a + 1));
    QTextCharFormat inserted;
    inserted.setBackground(colours.insertedBackground);
    inserted.setForeground(colours.insertedText);
    inserted.setFontUnderline(true);
    inserted.setToolTip(tr("Only in pane %1").arg(b + 1));

    m_browser->clear();
    QTextCursor cursor(m_browser->document());
    for (const DiffSegment &s : std::as_const(m_diff.segments)) {
        const QTextCharFormat &format = s.kind == DiffSegment::Kind::Equal     ? plain
                                        : s.kind == DiffSegment::Kind::Deleted ? deleted
                                                                               : inserted;
        cursor.insertText(s.text, format);
    }
    m_browser->moveCursor(QTextCursor::Start);
}

void DiffView::changeEvent(QEvent *event)
{
    // The colours depend on the palette: follow a switch between light and dark.
    if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace maas
