#pragma once

#include <QList>
#include <QString>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLayout;
class QToolButton;
class QVBoxLayout;
class QWidget;

namespace maas {

// Arranges a response pane's header and footer for its width. Wide: a one-row header. Narrow
// (three or more panes on a laptop screen): the header takes two rows (model, then location and
// move buttons) and the footer buttons show a symbol; their tooltips and accessible names keep the
// words. The metrics always have a row of their own above the buttons.
class PaneChrome final
{
public:
    struct Header
    {
        QWidget *statusDot;
        QLabel *title;
        QComboBox *model;
        QComboBox *location;
        QToolButton *moveLeft;
        QToolButton *moveRight;
        QToolButton *settings; // the pane's own parameters
        QToolButton *remove;
    };
    struct Button
    {
        QToolButton *button;
        QString wideText;
        QString narrowText;
    };
    // Below this width (px) a pane is narrow.
    static constexpr int kNarrowWidth = 460;

    PaneChrome(const Header &header, QLabel *metrics, const QList<Button> &buttons);
    Q_DISABLE_COPY_MOVE(PaneChrome)

    // Owned by whoever adds them to a layout.
    QLayout *headerLayout() const;
    QLayout *footerLayout() const;
    bool isNarrow() const { return m_narrow; }
    void setNarrow(bool narrow);

private:
    void arrange();

    Header m_header;
    QLabel *m_metrics;
    QList<Button> m_buttons;
    QVBoxLayout *m_head;
    QBoxLayout *m_headRow1;
    QBoxLayout *m_headRow2;
    QVBoxLayout *m_foot;
    QBoxLayout *m_footRow1;
    QBoxLayout *m_footRow2;
    bool m_narrow = false;
};

} // namespace maas
