#include "statusdot.h"

#include <QPainter>

namespace maas {

StatusDot::StatusDot(int diameter, QWidget *parent)
    : QWidget(parent)
    , m_diameter(diameter)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void StatusDot::setLook(const QColor &colour, bool busy)
{
    if (colour == m_colour && busy == m_busy)
        return;
    m_colour = colour;
    m_busy = busy;
    update();
}

void StatusDot::advance()
{
    if (!m_busy)
        return;
    m_phase = (m_phase + 1) % 12;
    update();
}

QSize StatusDot::sizeHint() const
{
    return {m_diameter + 4, m_diameter + 4};
}

void StatusDot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal pen = qMax(2.0, m_diameter / 5.0);
    const QRectF box = QRectF(QPointF(0, 0), QSizeF(m_diameter, m_diameter))
                           .translated((width() - m_diameter) / 2.0, (height() - m_diameter) / 2.0);
    const QColor colour = m_colour.isValid() ? m_colour : palette().color(QPalette::PlaceholderText);
    if (m_busy) {
        // A faint full ring and a bright quarter arc that turns a twelfth per step.
        const QRectF ring = box.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);
        QColor faint = colour;
        faint.setAlphaF(0.25f);
        p.setPen(QPen(faint, pen));
        p.drawEllipse(ring);
        p.setPen(QPen(colour, pen, Qt::SolidLine, Qt::RoundCap));
        // Qt angles are in 1/16 degree, counter-clockwise: subtract to turn clockwise.
        p.drawArc(ring, (90 - m_phase * 30) * 16, -100 * 16);
    } else if (m_colour.isValid()) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(box.adjusted(1, 1, -1, -1));
    } else {
        p.setPen(QPen(colour, 1.5));
        p.drawEllipse(box.adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

} // namespace maas
