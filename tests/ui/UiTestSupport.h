#pragma once

#include "officers/OfficerSession.h"
#include "officers/SignInDialog.h"
#include "TestOfficers.h"
#include "window/MainWindow.h"

#include "storage/Database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPixmap>
#include <QString>
#include <QTest>
#include <QWidget>

// What the window tests share: signing in as an officer, and pictures of what the officer sees.

// Signs officerId in at the window as the officer does: the sign-in dialog, their key file (the
// key TestOfficers enrolled them with) and its passphrase. False when the window refused.
inline bool actAs(MainWindow* window, const QString& officerId)
{
    SignInDialog* dialog = window->openSignIn();
    auto* officer = dialog->findChild<QComboBox*>(QStringLiteral("signInOfficer"));
    officer->setCurrentIndex(officer->findData(officerId));
    dialog->findChild<QLineEdit*>(QStringLiteral("signInKeyFile"))
        ->setText(TestOfficers::keyFile(window->session().database().location(), officerId));
    dialog->findChild<QLineEdit*>(QStringLiteral("signInPassphrase"))
        ->setText(QString::fromLatin1(TestOfficers::keyPassphrase));
    if (!dialog->signIn()) {
        qWarning("%s cannot sign in: %s", qPrintable(officerId), qPrintable(dialog->errorText()));
        return false;
    }
    dialog->accept();
    return true;
}

// Enrols officer in the window's database (the administrator first, when there is none) and signs
// them in at the window.
inline bool enrolAndSignIn(MainWindow* window, const Officer& officer)
{
    QString error;
    if (!TestOfficers::enrol(window->session().database(), officer, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return actAs(window, officer.id);
}

// Runs the layout and paint work waiting in the event queue, so that what is checked or
// photographed next is laid out (in place of sleeping for an arbitrary time).
inline void settle()
{
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// Saves a picture of widget into PAYDESK_SCREENSHOT_DIR, when it is set (the README's pictures).
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty() && !widget->grab().save(folder + u'/' + name)) {
        qWarning("cannot save %s", qPrintable(name));
    }
}
