#include "Eligibility.h"

#include "domain/Beneficiary.h"

#include <QJsonArray>

namespace {

int ageOn(const QDate& birth, const QDate& day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day())) {
        --age;
    }
    return age;
}

} // namespace

bool Eligibility::admits(const Beneficiary& beneficiary, const QDate& today) const
{
    if (activeOnly && !beneficiary.active) {
        return false;
    }
    if (!admitsRegion(beneficiary.region)) {
        return false;
    }
    if (beneficiary.householdSize < householdMin || beneficiary.householdSize > householdMax) {
        return false;
    }
    if (ageMin || ageMax) {
        if (!beneficiary.birthDate.isValid()) {
            return false; // an age limit needs a known age
        }
        const int age = ageOn(beneficiary.birthDate, today);
        if ((ageMin && age < *ageMin) || (ageMax && age > *ageMax)) {
            return false;
        }
    }
    return true;
}

bool Eligibility::admitsRegion(const QString& region) const
{
    return regions.isEmpty() || regions.contains(region, Qt::CaseInsensitive);
}

bool Eligibility::validate(QString* error) const
{
    if (householdMin < 1 || householdMax > 50 || householdMin > householdMax) {
        *error = tr("the household size range must lie within 1 to 50, smallest first (it is %1 to %2)")
                     .arg(householdMin)
                     .arg(householdMax);
        return false;
    }
    if ((ageMin && (*ageMin < 0 || *ageMin > 130)) || (ageMax && (*ageMax < 0 || *ageMax > 130)) ||
        (ageMin && ageMax && *ageMin > *ageMax)) {
        *error = tr("the age range must lie within 0 to 130 years, youngest first");
        return false;
    }
    return true;
}

QJsonObject Eligibility::toJson() const
{
    QJsonObject json{{QStringLiteral("active_only"), activeOnly},
                     {QStringLiteral("regions"), QJsonArray::fromStringList(regions)},
                     {QStringLiteral("household_min"), householdMin},
                     {QStringLiteral("household_max"), householdMax}};
    if (ageMin) {
        json.insert(QStringLiteral("age_min"), *ageMin);
    }
    if (ageMax) {
        json.insert(QStringLiteral("age_max"), *ageMax);
    }
    return json;
}

Eligibility Eligibility::fromJson(const QJsonObject& json)
{
    Eligibility eligibility;
    eligibility.activeOnly = json.value(QStringLiteral("active_only")).toBool(true);
    for (const QJsonValue& region : json.value(QStringLiteral("regions")).toArray()) {
        eligibility.regions.append(region.toString());
    }
    eligibility.householdMin = json.value(QStringLiteral("household_min")).toInt(1);
    eligibility.householdMax = json.value(QStringLiteral("household_max")).toInt(50);
    if (json.contains(QStringLiteral("age_min"))) {
        eligibility.ageMin = json.value(QStringLiteral("age_min")).toInt();
    }
    if (json.contains(QStringLiteral("age_max"))) {
        eligibility.ageMax = json.value(QStringLiteral("age_max")).toInt();
    }
    return eligibility;
}
