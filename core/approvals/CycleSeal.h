#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;

// What a cycle's approval covers, as two SHA-256 digests: its live entitlements (who, how much)
// and the account each of those beneficiaries would be paid at, the way the program pays
// (PayeeAddress; a program paying by registry id: the registry id the mapper is asked about).
// An approval whose seal no longer matches the cycle is void.
struct CycleSeal
{
    Q_DECLARE_TR_FUNCTIONS(CycleSeal)

public:
    QString entitlements;
    QString payees;

    // The seal of the cycle as it stands; nullopt with error when it cannot be read.
    static std::optional<CycleSeal> of(Database& database, qint64 cycleId, QString* error);
    // What changed between an approval's seal and this one, in words; empty when nothing did.
    QString changeSince(const CycleSeal& approved) const;

    friend bool operator==(const CycleSeal&, const CycleSeal&) = default;
};
