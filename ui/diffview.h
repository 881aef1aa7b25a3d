#pragma once

#include "markdown/worddiff.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace maas {

class ComparisonView;

// Two panes' answers compared word by word: what pane B says that pane A does not (inserted) and
// the reverse (deleted), with how many words changed.
class DiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    explicit DiffView(ComparisonView &comparison, QWidget *parent = nullptr);

    void setPanes(int paneA, int paneB);
    int paneA() const;
    int paneB() const;
    const WordDiff &diff() const { return m_diff; }

public Q_SLOTS:
    // Compares the two panes' answers as they are now (a pane may still be streaming).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillPanes();
    void render();

    ComparisonView &m_comparison;
    QComboBox *m_paneA;
    QComboBox *m_paneB;
    QLabel *m_summary;
    QTextBrowser *m_browser;
    WordDiff m_diff;
};

} // namespace maas
