#pragma once

#include "officers/Officer.h"

#include <QWidget>

class OfficerSession;
class QDialog;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

// The officers of the database and their keys, for administrators: adding an officer with a role,
// certifying the key an officer made on their own machine (their request), taking in a certificate
// a ministry's CA issued, changing a role, deactivating an officer and revoking a key. Each is an
// administrator's signed act (OfficerAdministration); other officers see the list only.
class OfficersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OfficersPage(OfficerSession& session, QWidget* parent = nullptr);

    // What the buttons do once their questions are answered; false with the reason shown.
    bool addOfficer(const Officer& officer);
    // Certifies the key in a request file (officer request / CertificateRequest), writes the
    // certificate to certificateOut when given.
    bool certifyRequest(const QString& officerId, const QString& requestPath, const QString& certificateOut);
    // Takes in a certificate the anchor (a ministry's CA) issued for the officer's key.
    bool addCertificate(const QString& officerId, const QString& certificatePath);
    bool changeRole(const QString& officerId, OfficerRole role);
    bool deactivate(const QString& officerId);
    // Revokes every key of the officer an administrator certified and did not revoke yet.
    bool revokeKeys(const QString& officerId);
    QString statusText() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void officersChanged();

private:
    static bool acceptedWithOk(QDialog& dialog, QFormLayout* form);
    QString selectedOfficer() const;
    bool administering();
    void done(bool succeeded, const QString& what, const QString& error);
    void askToAdd();
    void askToCertify();
    void askForCertificate();
    void askForRole();

    OfficerSession& m_session;
    QTableWidget* m_table;
    QLabel* m_status;
    QList<QPushButton*> m_actions;
};
