#pragma once

#include <QDialog>

class OfficerSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Signing in at the window: the officer, their key file and its passphrase (or the one the system
// keychain keeps for that file). The key must prove who the officer is (OfficerSignIn); nothing
// else lets the window act. On a database nobody administers yet, it leads to setting up the
// administrator first (AdministratorSetupDialog). Shown at start, after signing out and when the
// window locks.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // lockedOfficer: the officer whose window locked, chosen and fixed in the list; empty at start.
    SignInDialog(OfficerSession& session, const QString& lockedOfficer, QWidget* parent = nullptr);

    // Signs in with what the fields say, as the Sign in button does; false with the reason shown.
    bool signIn();
    QString errorText() const;
    // Reads the officers again (one may have been added or certified since the dialog opened).
    void refresh();

private:
    void reloadOfficers(const QString& chosen);
    void officerChosen();
    void chooseKey();
    void setUpAdministrator();
    void makeKey();
    void showError(const QString& text);

    OfficerSession& m_session;
    QComboBox* m_officer;
    QLineEdit* m_keyFile;
    QLineEdit* m_passphrase;
    QCheckBox* m_keepPassphrase;
    QLabel* m_error;
    QPushButton* m_setUp;
};
