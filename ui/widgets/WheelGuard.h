#pragma once

#include <QObject>

// The mouse wheel never changes a field the officer is not in: over a spin box, combo box or
// slider without keyboard focus, the wheel scrolls the page around it instead. Installed once on
// the application by the main window.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
