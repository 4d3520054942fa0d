#include "ProgramRuleSql.h"

#include "Program.h"

#include "domain/Beneficiary.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// SQLite binds at most 32,766 values in a statement; PostgreSQL 65,535.
constexpr qsizetype kMaxRegions = 30000;

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

} // namespace

// The ISO date `years` before today, as text (a 29 February stays one: only the order matters).
// Someone born on or before it is at least `years` old today, as Eligibility counts whole years.
QString ProgramRuleSql::birthDateBound(const QDate& today, int years)
{
    return QStringLiteral("%1-%2-%3")
        .arg(today.year() - years, 4, 10, QLatin1Char('0'))
        .arg(today.month(), 2, 10, QLatin1Char('0'))
        .arg(today.day(), 2, 10, QLatin1Char('0'));
}

bool ProgramRuleSql::build(Database& database, const Program& program, const QDate& today, ProgramRuleSql* out,
                           QString* error)
{
    QSqlQuery distinct(database.connection());
    distinct.setForwardOnly(true);
    if (!distinct.exec(QStringLiteral("SELECT DISTINCT region FROM beneficiary"))) {
        *error = tr("cannot read the registry's regions: %1").arg(distinct.lastError().text());
        return false;
    }
    // On SQLite the column's NOCASE collation gives one of each ASCII case variant, and compares
    // the same way below; case variants always get the same answer from the C++ rules too.
    QStringList regions;
    while (distinct.next()) {
        regions.append(distinct.value(0).toString());
    }
    distinct.finish();
    if (regions.size() > kMaxRegions) {
        *error = tr("the registry has %1 different regions; at most %2 can be told apart")
                     .arg(regions.size())
                     .arg(kMaxRegions);
        return false;
    }

    out->buildEligible(program.eligibility, today, regions);
    out->buildAmount(program.rule, regions);
    return true;
}

void ProgramRuleSql::buildEligible(const Eligibility& eligibility, const QDate& today, const QStringList& regions)
{
    QStringList conditions;
    if (eligibility.activeOnly) {
        conditions.append(QStringLiteral("b.active <> 0"));
    }
    if (!eligibility.regions.isEmpty()) {
        QVariantList admitted;
        for (const QString& region : std::as_const(regions)) {
            if (eligibility.admitsRegion(region)) {
                admitted.append(region);
            }
        }
        conditions.append(admitted.isEmpty() ? QStringLiteral("1 = 0")
                                             : QStringLiteral("b.region IN (%1)").arg(placeholders(admitted.size())));
        eligibleArguments += admitted;
    }
    conditions.append(QStringLiteral("b.household_size BETWEEN %1 AND %2")
                          .arg(eligibility.householdMin)
                          .arg(eligibility.householdMax));
    if (eligibility.ageMin || eligibility.ageMax) {
        conditions.append(QStringLiteral("b.birth_date IS NOT NULL"));
    }
    if (eligibility.ageMin) {
        conditions.append(QStringLiteral("b.birth_date <= ?"));
        eligibleArguments.append(birthDateBound(today, *eligibility.ageMin));
    }
    if (eligibility.ageMax) {
        conditions.append(QStringLiteral("b.birth_date > ?"));
        eligibleArguments.append(birthDateBound(today, *eligibility.ageMax + 1));
    }
    eligible = conditions.join(QStringLiteral(" AND "));
}

void ProgramRuleSql::buildAmount(const EntitlementRule& rule, const QStringList& regions)
{
    const auto literal = [](const std::optional<Money>& amount) {
        return amount ? QString::number(amount->minorUnits()) : QStringLiteral("NULL");
    };
    Beneficiary sample;
    switch (rule.kind()) {
    case EntitlementRule::Kind::Fixed:
        amount = literal(rule.amountFor(sample));
        break;
    case EntitlementRule::Kind::PerHouseholdMember: {
        // Every household size the rule tells apart: beyond the largest cap it pays the cap.
        QString cases = QStringLiteral("CASE");
        for (int size = 1; size < EntitlementRule::kMaxHouseholdCap; ++size) {
            sample.householdSize = size;
            cases += QStringLiteral(" WHEN b.household_size %1 %2 THEN %3")
                         .arg(size == 1 ? QStringLiteral("<=") : QStringLiteral("="))
                         .arg(size)
                         .arg(literal(rule.amountFor(sample)));
        }
        sample.householdSize = EntitlementRule::kMaxHouseholdCap;
        amount = cases + QStringLiteral(" ELSE %1 END").arg(literal(rule.amountFor(sample)));
        break;
    }
    case EntitlementRule::Kind::PerRegion: {
        QString cases = QStringLiteral("CASE b.region");
        for (const QString& region : std::as_const(regions)) {
            sample.region = region;
            cases += QStringLiteral(" WHEN ? THEN %1").arg(literal(rule.amountFor(sample)));
            amountArguments.append(region);
        }
        amount = regions.isEmpty() ? QStringLiteral("NULL") : cases + QStringLiteral(" ELSE NULL END");
        break;
    }
    }
}
