#pragma once

#include "disbursement/ReissueRequest.h"

#include <QWidget>

class OfficerSession;
class QLabel;
class QPushButton;

// Paying a cycle's failed payments again, under four eyes: where the cycle's re-issue stands, and
// the buttons of the signed-in officer's part in it (a maker asks, a checker other than the maker
// approves or rejects, with a reason).
class ReissuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReissuePanel(OfficerSession& session, QWidget* parent = nullptr);

    // What the page read about the cycle: its failed payments not paid again yet, and its requests.
    void showCycle(qint64 cycleId, qint64 reissuable, const QList<ReissueRequest>& requests);
    // Nothing to decide on until the cycle's re-issues are read again.
    void setReading();
    // The maker asks for every failed payment of the cycle to be paid again.
    bool request();
    // The checker decides the cycle's request waiting for a decision.
    bool decide(bool approve, const QString& note);

Q_SIGNALS:
    // What happened, for the page's status line.
    void statusChanged(const QString& text);
    // A request was made or decided: the cycle's figures are to be read again.
    void requested();
    void decided();

private:
    void showState();
    void askToRequest();
    void askToDecide(bool approve);

    OfficerSession& m_session;
    qint64 m_cycleId = 0;
    qint64 m_reissuable = 0;
    QList<ReissueRequest> m_requests;
    QLabel* m_state;
    QPushButton* m_requestButton;
    QPushButton* m_approveButton;
    QPushButton* m_rejectButton;
};
