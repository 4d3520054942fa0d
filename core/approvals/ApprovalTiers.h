#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// How many distinct checkers a cycle of one program needs, by the cycle's total in one currency:
// from each tier's amount upwards, that tier's count. Written "0:1, 50000:2, 250000:3" (amounts in
// the currency's major units). No tiers: one checker, as for every cycle before tiers existed.
class ApprovalTiers
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalTiers)

public:
    struct Tier
    {
        Money from;
        int checkers = 1;
    };

    ApprovalTiers() = default;
    // The tiers in the text, or nullopt with a translated error that names the part at fault.
    static std::optional<ApprovalTiers> parse(const QString& text, const Currency& currency, QString* error);
    static std::optional<ApprovalTiers> fromTiers(QList<Tier> tiers, QString* error);

    const QList<Tier>& tiers() const { return m_tiers; }
    int checkersFor(const Money& total) const;
    QString toText() const;

private:
    QList<Tier> m_tiers; // by amount, ascending; the checker counts never fall
};
