#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

class Database;
struct AuditEntry;

// An audit entry as an officer reads it: a sentence in their language ("Kofi Mensah approved cycle
// 2027-01 of Household grant: 23,461 payments, 1,073,090.00 USD"), with officers, programs, cycles
// and batches by name. The entry's JSON stays what the log holds and what exports give; the
// sentence is for reading only. Names are read once, when it is made (load()).
class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)

public:
    // Reads the names of officers, programs, cycles and batches; false, with error, when it cannot.
    bool load(Database& database, QString* error);

    QString sentence(const AuditEntry& entry) const;
    // The subject by name: "cycle 2027-01 of Household grant", "batch 3 of cycle 2027-01".
    QString subject(const QString& type, const QString& id) const;
    // The after state's figures in words; hashes and fingerprints are left to the JSON.
    QString details(const QString& subjectType, const QString& subjectId, const QJsonObject& after) const;

private:
    QString officerName(const QString& id) const;
    static QString label(const QString& key);
    QString what(const QString& action, const QString& who, const QString& subject) const;
    QString value(const QString& key, const QJsonValue& value, const QString& currency) const;

    QHash<QString, QString> m_officers;   // id -> name
    QHash<QString, QString> m_programs;   // id -> name
    QHash<QString, QString> m_cycles;     // id -> "2027-01 of Household grant"
    QHash<QString, QString> m_currencies; // "program:ID" or "cycle:ID" -> ISO code
    QHash<QString, QString> m_batches;    // id -> "3 of cycle 2027-01 of Household grant"
};
