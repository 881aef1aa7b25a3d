#pragma once

#include <QWidget>

namespace maas {

// A small round mark for a pane's state: a filled dot when the pane rests, a turning arc while it
// works (so a long thinking phase visibly moves). Colour only adds to the text of PaneStatus,
// which also sets this widget's tooltip and accessible description.
class StatusDot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDot)

public:
    explicit StatusDot(int diameter, QWidget *parent = nullptr);

    // busy: draw the turning arc; otherwise a dot (hollow when colour is invalid).
    void setLook(const QColor &colour, bool busy);
    // One step of the arc; called by PaneStatus's coarse timer, never per token.
    void advance();
    bool isBusy() const { return m_busy; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_diameter;
    QColor m_colour;
    bool m_busy = false;
    int m_phase = 0; // 0..11, one twelfth of a turn each
};

} // namespace maas
