#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;
class EntitlementRule;
struct Eligibility;
struct Program;

// A program's eligibility and entitlement rule as SQL over the registry (alias b), for enrolment
// and generation by set: one INSERT ... SELECT where a row at a time costs a round trip.
// The C++ rules (Eligibility::admits, EntitlementRule::amountFor) stay the reference: what
// depends on text is decided by them — each distinct region in the registry is asked once and
// the SQL lists the answers — and the amount for every household size is theirs, so only the
// age bound is computed here (tst_programrulesql compares both on random programs and registries).
class ProgramRuleSql
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRuleSql)

public:
    // Reads the registry's distinct regions; false, with error set, when it cannot.
    static bool build(Database& database, const Program& program, const QDate& today, ProgramRuleSql* out,
                      QString* error);

    // A condition true exactly for the beneficiaries the program enrols, with its arguments.
    QString eligible;
    QVariantList eligibleArguments;
    // The rule's amount in minor units, NULL where it gives none, with its arguments.
    QString amount;
    QVariantList amountArguments;

private:
    static QString birthDateBound(const QDate& today, int years);
    void buildEligible(const Eligibility& eligibility, const QDate& today, const QStringList& regions);
    void buildAmount(const EntitlementRule& rule, const QStringList& regions);
};
