#pragma once

#include "batching/PayeeAddress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QString>

#include <optional>

class Database;
struct Program;

// What a cycle's approval covers, as two SHA-256 digests: its live entitlements (who, how much)
// and the account each of those beneficiaries would be paid at, the way the program pays
// (PayeeAddress; a program paying by registry id: the registry id the mapper is asked about).
// An approval whose seal no longer matches the cycle is void.
struct CycleSeal
{
    Q_DECLARE_TR_FUNCTIONS(CycleSeal)

public:
    // Adds entitlements in id order; the preparation builds the seal as it reads them.
    class Builder
    {
    public:
        void add(qint64 entitlementId, qint64 beneficiaryId, qint64 amountMinorUnits, const QString& currency,
                 const QString& payee);
        CycleSeal seal() const;

    private:
        QCryptographicHash m_entitlements{QCryptographicHash::Sha256};
        QCryptographicHash m_payees{QCryptographicHash::Sha256};
    };

    QString entitlements;
    QString payees;

    // The seal of the cycle as it stands; nullopt with error when it cannot be read.
    static std::optional<CycleSeal> of(Database& database, qint64 cycleId, QString* error);
    // The payee a beneficiary's entitlement is sealed with, for this program.
    static QString payeeOf(const Program& program, const QString& registryId, const PayeeAddress::Source& source);
    // What changed between an approval's seal and this one, in words; empty when nothing did.
    QString changeSince(const CycleSeal& approved) const;

    friend bool operator==(const CycleSeal&, const CycleSeal&) = default;
};
