#include "WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>

WheelGuard::WheelGuard(QObject* parent) : QObject(parent) {}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Wheel) {
        return false;
    }
    auto* widget = qobject_cast<QWidget*>(watched);
    const bool editsValue = qobject_cast<QAbstractSpinBox*>(watched) || qobject_cast<QComboBox*>(watched) ||
                            qobject_cast<QAbstractSlider*>(watched);
    if (!widget || !editsValue || widget->hasFocus() || !widget->parentWidget()) {
        return false;
    }
    // A scroll bar's own slider is a slider too: it keeps its wheel.
    if (qobject_cast<QAbstractSlider*>(watched) && widget->focusPolicy() == Qt::NoFocus) {
        return false;
    }
    QCoreApplication::sendEvent(widget->parentWidget(), event); // ignored there, it climbs to the scroll area
    return true;
}
