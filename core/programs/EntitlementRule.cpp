#include "EntitlementRule.h"

#include "domain/Beneficiary.h"

#include <QJsonArray>

namespace {

QJsonValue moneyToJson(const Money& money)
{
    return QJsonObject{{QStringLiteral("amount"), money.toDecimalString()},
                       {QStringLiteral("currency"), money.currency().code()}};
}

std::optional<Money> moneyFromJson(const QJsonValue& value, QString* error)
{
    const QJsonObject object = value.toObject();
    const Currency currency = Currency::fromCode(object.value(QStringLiteral("currency")).toString());
    return Money::parse(object.value(QStringLiteral("amount")).toString(), currency, error);
}

} // namespace

EntitlementRule EntitlementRule::fixed(const Money& amount)
{
    EntitlementRule rule;
    rule.m_kind = Kind::Fixed;
    rule.m_base = amount;
    return rule;
}

EntitlementRule EntitlementRule::perHouseholdMember(const Money& base, const Money& perMember, int memberCap)
{
    EntitlementRule rule;
    rule.m_kind = Kind::PerHouseholdMember;
    rule.m_base = base;
    rule.m_perMember = perMember;
    rule.m_memberCap = memberCap;
    return rule;
}

EntitlementRule EntitlementRule::perRegion(QList<RegionAmount> amounts, std::optional<Money> otherRegions)
{
    EntitlementRule rule;
    rule.m_kind = Kind::PerRegion;
    rule.m_regions = std::move(amounts);
    rule.m_otherRegions = std::move(otherRegions);
    return rule;
}

std::optional<Money> EntitlementRule::amountFor(const Beneficiary& beneficiary) const
{
    switch (m_kind) {
    case Kind::Fixed:
        return m_base;
    case Kind::PerHouseholdMember: {
        const auto members = m_perMember.times(qBound(1, beneficiary.householdSize, m_memberCap));
        return members ? m_base.plus(*members) : std::nullopt;
    }
    case Kind::PerRegion:
        for (const RegionAmount& entry : m_regions) {
            if (entry.region.compare(beneficiary.region, Qt::CaseInsensitive) == 0) {
                return entry.amount;
            }
        }
        return m_otherRegions;
    }
    return std::nullopt;
}

QList<std::pair<QString, std::optional<Money>>> EntitlementRule::possibleAmounts() const
{
    QList<std::pair<QString, std::optional<Money>>> amounts;
    switch (m_kind) {
    case Kind::Fixed:
        amounts.append({tr("every beneficiary"), m_base});
        break;
    case Kind::PerHouseholdMember:
        for (int members = 1; members <= m_memberCap; ++members) {
            const auto perMembers = m_perMember.times(members);
            amounts.append({tr("a household of %n member(s)", nullptr, members),
                            perMembers ? m_base.plus(*perMembers) : std::nullopt});
        }
        break;
    case Kind::PerRegion:
        for (const RegionAmount& entry : m_regions) {
            amounts.append({tr("region %1").arg(entry.region), entry.amount});
        }
        if (m_otherRegions) {
            amounts.append({tr("the other regions"), m_otherRegions});
        }
        break;
    }
    return amounts;
}

bool EntitlementRule::validate(const Currency& currency, bool wholeMajorUnitsOnly, QString* error) const
{
    auto fail = [error](const QString& message) {
        *error = message;
        return false;
    };
    if (m_kind == Kind::PerHouseholdMember) {
        if (m_memberCap < 1 || m_memberCap > kMaxHouseholdCap) {
            return fail(tr("the household cap must be from 1 to %1 members").arg(kMaxHouseholdCap));
        }
        if (!(m_perMember.currency() == currency) || m_perMember.minorUnits() < 0) {
            return fail(tr("the amount per member must be zero or more, in %1").arg(currency.code()));
        }
    }
    if (m_kind == Kind::PerRegion) {
        if (m_regions.isEmpty()) {
            return fail(tr("the region table is empty"));
        }
        for (qsizetype i = 0; i < m_regions.size(); ++i) {
            for (qsizetype j = i + 1; j < m_regions.size(); ++j) {
                if (m_regions.at(i).region.compare(m_regions.at(j).region, Qt::CaseInsensitive) == 0) {
                    return fail(tr("region %1 is in the table twice").arg(m_regions.at(j).region));
                }
            }
        }
    }
    const auto amounts = possibleAmounts();
    for (const auto& [what, amount] : amounts) {
        if (!amount) {
            return fail(tr("the amount for %1 is too large").arg(what));
        }
        if (!(amount->currency() == currency)) {
            return fail(tr("the amount for %1 is in %2, the program pays in %3")
                            .arg(what, amount->currency().code(), currency.code()));
        }
        if (amount->minorUnits() <= 0) {
            return fail(tr("the amount for %1 must be more than zero").arg(what));
        }
        if (wholeMajorUnitsOnly && !amount->isWholeMajorUnits()) {
            return fail(tr("the amount for %1 would be %2 %3, but the payment backend pays whole %3 only")
                            .arg(what, amount->toDecimalString(), currency.code()));
        }
    }
    return true;
}

QJsonObject EntitlementRule::toJson() const
{
    switch (m_kind) {
    case Kind::Fixed:
        return {{QStringLiteral("kind"), QStringLiteral("fixed")}, {QStringLiteral("amount"), moneyToJson(m_base)}};
    case Kind::PerHouseholdMember:
        return {{QStringLiteral("kind"), QStringLiteral("per_household_member")},
                {QStringLiteral("base"), moneyToJson(m_base)},
                {QStringLiteral("per_member"), moneyToJson(m_perMember)},
                {QStringLiteral("member_cap"), m_memberCap}};
    case Kind::PerRegion: {
        QJsonArray regions;
        for (const RegionAmount& entry : m_regions) {
            regions.append(QJsonObject{{QStringLiteral("region"), entry.region},
                                       {QStringLiteral("amount"), moneyToJson(entry.amount)}});
        }
        QJsonObject json{{QStringLiteral("kind"), QStringLiteral("per_region")}, {QStringLiteral("regions"), regions}};
        if (m_otherRegions) {
            json.insert(QStringLiteral("other_regions"), moneyToJson(*m_otherRegions));
        }
        return json;
    }
    }
    return {};
}

std::optional<EntitlementRule> EntitlementRule::fromJson(const QJsonObject& json, QString* error)
{
    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (kind == u"fixed") {
        const auto amount = moneyFromJson(json.value(QStringLiteral("amount")), error);
        return amount ? std::optional(fixed(*amount)) : std::nullopt;
    }
    if (kind == u"per_household_member") {
        const auto base = moneyFromJson(json.value(QStringLiteral("base")), error);
        const auto perMember = base ? moneyFromJson(json.value(QStringLiteral("per_member")), error) : std::nullopt;
        if (!perMember) {
            return std::nullopt;
        }
        return perHouseholdMember(*base, *perMember, json.value(QStringLiteral("member_cap")).toInt());
    }
    if (kind == u"per_region") {
        QList<RegionAmount> regions;
        const QJsonArray array = json.value(QStringLiteral("regions")).toArray();
        for (const QJsonValue& value : array) {
            const auto amount = moneyFromJson(value.toObject().value(QStringLiteral("amount")), error);
            if (!amount) {
                return std::nullopt;
            }
            regions.append({value.toObject().value(QStringLiteral("region")).toString(), *amount});
        }
        std::optional<Money> other;
        if (json.contains(QStringLiteral("other_regions"))) {
            other = moneyFromJson(json.value(QStringLiteral("other_regions")), error);
            if (!other) {
                return std::nullopt;
            }
        }
        return perRegion(std::move(regions), std::move(other));
    }
    *error = tr("\"%1\" is not an entitlement rule").arg(kind);
    return std::nullopt;
}
