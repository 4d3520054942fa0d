#pragma once

#include <QMetaType>
#include <QString>

// What part of the registry to list, and in which order.
struct BeneficiaryQuery
{
    enum class Filter
    {
        Name,       // substring of the full name (three characters or more), else family-name prefix
        RegistryId, // prefix
        Region,     // prefix, case-insensitive
        Phone,      // prefix of the normalised digits
    };
    enum class Sort
    {
        RegistryId,
        Name,
        Region,
        Phone,
    };

    Filter filter = Filter::Name;
    QString text; // empty: no filter
    // Only beneficiaries whose payee account another registry id holds too (likely duplicates).
    bool sharedPayeeOnly = false;
    // Only beneficiaries enrolled in this program (0: any).
    qint64 enrolledInProgram = 0;
    Sort sort = Sort::RegistryId;
    bool descending = false;

    bool selectsAll() const { return text.trimmed().isEmpty() && !sharedPayeeOnly && enrolledInProgram == 0; }

    friend bool operator==(const BeneficiaryQuery&, const BeneficiaryQuery&) = default;
};

Q_DECLARE_METATYPE(BeneficiaryQuery)
