#pragma once

#include "officers/OfficerRole.h"

#include <QCoreApplication>
#include <QStringList>

class CliSupport;
class Database;
class DatabaseLogins;
class OfficerAdministration;
class QCommandLineParser;

// paydesk-cli officer and admin: who may act, proven by keys and anchored in a certificate.
//   admin init --id ID --name NAME --key-out KEY --certificate-out CERT   makes the administrator's key and anchor
//   admin init --id ID --name NAME --trust CA --certificate CERT --key KEY a ministry's CA and its administrator
//   officer request ID --key-out KEY --request-out REQ   an officer's key and request, on their own machine
//   officer add ID --name NAME --role ROLE               administrator's acts, signed (--officer, --officer-key):
//   officer certify ID --request REQ [--out CERT]        certifies the request's key (PayDesk's own anchor)
//   officer certify ID --certificate CERT                keeps a certificate the ministry's CA issued
//   officer role ID --role ROLE | deactivate ID | revoke-key ID --certificate FINGERPRINT
//   officer list
class OfficerCommand
{
    Q_DECLARE_TR_FUNCTIONS(OfficerCommand)

public:
    explicit OfficerCommand(CliSupport& support);

    int runOfficer(const QStringList& arguments);
    int runAdmin(const QStringList& arguments);

private:
    static void addAdminOptions(QCommandLineParser& parser);
    static void addOfficerOptions(QCommandLineParser& parser);
    int request(const QCommandLineParser& parser, const QString& officerId);
    int list(const QCommandLineParser& parser);
    bool addOfficer(const QCommandLineParser& parser, OfficerAdministration& administration, DatabaseLogins& logins,
                    const QString& officerId, OfficerRole role, QString* error);
    bool certify(const QCommandLineParser& parser, Database& database, OfficerAdministration& administration,
                 const QString& administratorId, const QString& officerId, QString* error);
    // A passphrase for a new key file, from PAYDESK_KEY_PASSPHRASE; empty with the reason printed.
    QByteArray newPassphrase();
    bool writeFile(const QString& path, const QByteArray& bytes);

    CliSupport& m_support;
};
