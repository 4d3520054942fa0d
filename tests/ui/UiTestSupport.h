#pragma once

#include <QComboBox>
#include <QPixmap>
#include <QString>
#include <QWidget>

// What the window tests share: acting as an officer, and pictures of what the officer sees.

// Chooses who is acting, as the officer does in the window's "Acting as" list.
inline void actAs(QWidget* window, const QString& officerId)
{
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("actingOfficerCombo"));
    combo->setCurrentIndex(combo->findData(officerId));
}

// Saves a picture of widget into PAYDESK_SCREENSHOT_DIR, when it is set (the README's pictures).
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty() && !widget->grab().save(folder + u'/' + name)) {
        qWarning("cannot save %s", qPrintable(name));
    }
}
