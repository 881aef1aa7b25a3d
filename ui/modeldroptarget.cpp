#include "modeldroptarget.h"

#include "catalogmodel.h"
#include "comparisonview.h"
#include "responsepane.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFrame>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace maas {

ModelDropTarget::ModelDropTarget(ComparisonView &view)
    : QObject(&view)
    , m_view(view)
    , m_outline(new QFrame(&view))
{
    m_outline->setObjectName(u"modelDropOutline"_s);
    m_outline->setFrameShape(QFrame::Box);
    m_outline->setLineWidth(3);
    m_outline->setStyleSheet(u"QFrame#modelDropOutline { border: 3px dashed #1a73e8; border-radius: 4px; "
                             "background: rgba(26, 115, 232, 28); }"_s);
    m_outline->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_outline->hide();
    view.setAcceptDrops(true);
    view.installEventFilter(this);
}

void ModelDropTarget::watchPane(ResponsePane *pane)
{
    pane->setAcceptDrops(true);
    pane->installEventFilter(this);
}

QString ModelDropTarget::modelIdOf(const QMimeData *data)
{
    if (!data || !data->hasFormat(CatalogModel::kModelMimeType))
        return {};
    return QString::fromUtf8(data->data(CatalogModel::kModelMimeType)).trimmed();
}

void ModelDropTarget::highlight(QWidget *target)
{
    m_highlighted = target;
    if (!target) {
        m_outline->hide();
        return;
    }
    // The outline lives in the view, above the panes, over the target's rectangle.
    const QRect rect = target == &m_view ? m_view.rect() : QRect(target->mapTo(&m_view, QPoint(0, 0)), target->size());
    m_outline->setGeometry(rect);
    m_outline->raise();
    m_outline->show();
}

bool ModelDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget)
        return false;
    auto *pane = qobject_cast<ResponsePane *>(widget);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        // A full comparison takes no new pane; a pane always takes a model.
        if (modelIdOf(drag->mimeData()).isEmpty() || (!pane && m_view.paneCount() >= ComparisonView::kMaxPanes))
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        highlight(widget);
        return true;
    }
    case QEvent::DragLeave:
        if (m_highlighted == widget)
            highlight(nullptr);
        return false;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString id = modelIdOf(drop->mimeData());
        highlight(nullptr);
        if (id.isEmpty())
            return false;
        if (pane) {
            pane->setModelId(id);
        } else if (ResponsePane *added = m_view.addPane()) {
            added->setModelId(id);
        } else {
            return false;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        return true;
    }
    default:
        return false;
    }
}

} // namespace maas
