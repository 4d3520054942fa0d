#include "programs/CycleState.h"
#include "programs/EntitlementState.h"

#include <QSet>
#include <QTest>

// Every pair of states: the allowed moves are exactly the design's, every other one is refused
// with a reason.
class TestLifecycles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cycleTransitions();
    void entitlementTransitions();
    void namesRoundTrip();
};

void TestLifecycles::cycleTransitions()
{
    using S = CycleState;
    const QSet<QPair<int, int>> allowed = {
        {int(S::Draft), int(S::ToApprove)},      {int(S::Draft), int(S::Cancelled)},
        {int(S::ToApprove), int(S::Approved)},   {int(S::ToApprove), int(S::Draft)},
        {int(S::ToApprove), int(S::Cancelled)},  {int(S::Approved), int(S::Distributed)},
        {int(S::Approved), int(S::Cancelled)},   {int(S::Distributed), int(S::Ended)},
        {int(S::Distributed), int(S::Approved)}, {int(S::Approved), int(S::ToApprove)},
    };
    int refused = 0;
    for (int from = 0; from <= int(S::Cancelled); ++from) {
        for (int to = 0; to <= int(S::Cancelled); ++to) {
            const auto reason = CycleTransition::refusal(S(from), S(to));
            QCOMPARE(!reason.has_value(), allowed.contains({from, to}));
            if (reason) {
                QVERIFY(!reason->isEmpty());
                ++refused;
            }
        }
    }
    QCOMPARE(refused, 36 - 10);
    QCOMPARE(*CycleTransition::refusal(S::Approved, S::Draft),
             QStringLiteral("the cycle is approved and cannot become draft"));
    QVERIFY(CycleTransition::refusal(S::Ended, S::Draft)->contains(QStringLiteral("nothing more can happen")));
    QVERIFY(CycleTransition::refusal(S::Draft, S::Draft)->contains(QStringLiteral("already draft")));
}

void TestLifecycles::entitlementTransitions()
{
    using S = EntitlementState;
    const QSet<QPair<int, int>> allowed = {
        {int(S::Draft), int(S::PendingValidation)},     {int(S::Draft), int(S::Cancelled)},
        {int(S::PendingValidation), int(S::Approved)},  {int(S::PendingValidation), int(S::Rejected)},
        {int(S::PendingValidation), int(S::Cancelled)}, {int(S::PendingValidation), int(S::Draft)},
        {int(S::Approved), int(S::Cancelled)},          {int(S::Approved), int(S::PendingValidation)},
    };
    for (int from = 0; from <= int(S::Cancelled); ++from) {
        for (int to = 0; to <= int(S::Cancelled); ++to) {
            const auto reason = EntitlementTransition::refusal(S(from), S(to));
            QCOMPARE(!reason.has_value(), allowed.contains({from, to}));
        }
    }
    QVERIFY(EntitlementTransition::refusal(S::Approved, S::Rejected)
                ->contains(QStringLiteral("the entitlement is approved and cannot become rejected")));
}

void TestLifecycles::namesRoundTrip()
{
    for (int state = 0; state <= int(CycleState::Cancelled); ++state) {
        QCOMPARE(cycleStateFromName(cycleStateName(CycleState(state))), CycleState(state));
    }
    for (int state = 0; state <= int(EntitlementState::Cancelled); ++state) {
        QCOMPARE(entitlementStateFromName(entitlementStateName(EntitlementState(state))), EntitlementState(state));
    }
    QCOMPARE(cycleStateName(CycleState::ToApprove), QStringLiteral("to_approve"));
    QVERIFY(!cycleStateFromName(u"To Approve").has_value());
    QVERIFY(!entitlementStateFromName(u"paid").has_value());
}

QTEST_GUILESS_MAIN(TestLifecycles)
#include "tst_lifecycles.moc"
