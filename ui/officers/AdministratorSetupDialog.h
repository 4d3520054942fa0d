#pragma once

#include <QDialog>

class OfficerSession;
class QLabel;
class QLineEdit;

// The first act on a database nobody administers: the administrator's key (Ed25519, encrypted
// with their passphrase) and the anchor, a self-signed certificate that will certify every
// officer's key. Both are written to files the administrator chooses (never over another file),
// the anchor is installed, and the administrator is signed in. A ministry's own CA stands in
// through paydesk-cli admin init --trust.
class AdministratorSetupDialog : public QDialog
{
    Q_OBJECT

public:
    AdministratorSetupDialog(OfficerSession& session, QWidget* parent = nullptr);

    // Sets up what the fields say, as the Set up button does; false with the reason shown.
    bool setUp();
    QString errorText() const;

private:
    void showError(const QString& text);

    OfficerSession& m_session;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_keyFile;
    QLineEdit* m_certificateFile;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_error;
};
