#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct Beneficiary;

// How much a program entitles each enrolled beneficiary to per cycle:
// - a fixed amount;
// - a base amount plus an amount per household member, counting at most a cap of members;
// - an amount per region from a table, with an optional amount for regions not in it.
// All amounts are Money in the program's currency; nothing is rounded.
class EntitlementRule
{
    Q_DECLARE_TR_FUNCTIONS(EntitlementRule)

public:
    enum class Kind
    {
        Fixed,
        PerHouseholdMember,
        PerRegion,
    };
    struct RegionAmount
    {
        QString region;
        Money amount;
    };
    static constexpr int kMaxHouseholdCap = 50;

    static EntitlementRule fixed(const Money& amount);
    static EntitlementRule perHouseholdMember(const Money& base, const Money& perMember, int memberCap);
    static EntitlementRule perRegion(QList<RegionAmount> amounts, std::optional<Money> otherRegions);

    Kind kind() const { return m_kind; }

    // The amount for one beneficiary; nullopt when the rule gives none (a region without an amount).
    std::optional<Money> amountFor(const Beneficiary& beneficiary) const;

    // Whether the rule can be saved for a program paying in `currency`: every amount in that
    // currency, none negative or zero, no sum overflowing, and — when the backend pays whole major
    // units only — no amount the rule can yield with a fraction. On refusal says why, in words.
    bool validate(const Currency& currency, bool wholeMajorUnitsOnly, QString* error) const;

    QJsonObject toJson() const;
    static std::optional<EntitlementRule> fromJson(const QJsonObject& json, QString* error);

private:
    EntitlementRule() = default;
    // Every amount the rule can give, with what gives it ("a household of 3", "region North").
    QList<std::pair<QString, std::optional<Money>>> possibleAmounts() const;

    Kind m_kind = Kind::Fixed;
    Money m_base;
    Money m_perMember;
    int m_memberCap = 0;
    QList<RegionAmount> m_regions;
    std::optional<Money> m_otherRegions;
};
