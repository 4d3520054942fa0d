#pragma once

#include "CycleDiffResult.h"

#include <QCoreApplication>

#include <functional>

class Database;
class QCryptographicHash;
class QSqlQuery;
struct Cycle;
struct Officer;

// Before approval, a cycle set against the program's previous cycle (the latest approved or
// distributed one that starts before it) and against the other programs: beneficiaries who joined
// or left, amounts that moved by more than a share (jumpShare, 0.5 = 50 %), payees paid at another
// account last time, accounts shared by several beneficiaries of the cycle, beneficiaries the
// program cannot pay as the registry and the mapper stand (the preparation's own rule, so none is
// found unpayable only after approval), and beneficiaries paid (or being paid) by another
// program's cycle whose period overlaps this one. Each finding names the
// beneficiary and the figures; a checker acknowledges the whole set, recorded in the audit log
// with its fingerprint, so a later change to the findings needs a new acknowledgement.
class CycleDiff
{
    Q_DECLARE_TR_FUNCTIONS(CycleDiff)

public:
    static constexpr double kDefaultJumpShare = 0.5;

    explicit CycleDiff(Database& database);

    CycleDiffResult compare(qint64 cycleId, double jumpShare = kDefaultJumpShare);
    // A checker acknowledges the findings as compare() gives them now; *acknowledged, when given,
    // gets that set.
    bool acknowledge(qint64 cycleId, const Officer& officer, QString* error, double jumpShare = kDefaultJumpShare,
                     CycleDiffResult* acknowledged = nullptr);
    // Whether officer acknowledged exactly this set of findings (by its fingerprint).
    bool isAcknowledged(qint64 cycleId, const QString& fingerprint, const QString& officerId, QString* error);

private:
    bool findPrevious(const Cycle& cycle, CycleDiffResult& result);
    bool nameFindings(CycleDiffResult& result);
    static void addFindings(CycleFinding::Kind kind, const std::function<QString(const QSqlQuery&)>& detailOf,
                            QSqlQuery& query, QCryptographicHash& fingerprint, CycleDiffResult& result);

    Database& m_database;
};
