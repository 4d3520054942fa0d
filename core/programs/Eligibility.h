#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

struct Beneficiary;

// Who a program enrols from the registry. Empty lists and unset bounds do not restrict.
struct Eligibility
{
    Q_DECLARE_TR_FUNCTIONS(Eligibility)

public:
    bool activeOnly = true;
    QStringList regions; // case-insensitive
    int householdMin = 1;
    int householdMax = 50;
    std::optional<int> ageMin; // in whole years on the day enrolment runs
    std::optional<int> ageMax;

    bool admits(const Beneficiary& beneficiary, const QDate& today) const;
    bool admitsRegion(const QString& region) const;
    bool validate(QString* error) const;

    QJsonObject toJson() const;
    static Eligibility fromJson(const QJsonObject& json);
};
