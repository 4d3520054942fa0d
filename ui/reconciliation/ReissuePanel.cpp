#include "ReissuePanel.h"

#include "i18n/DisplayFormat.h"
#include "officers/OfficerSession.h"

#include "disbursement/PaymentReissue.h"
#include "domain/Money.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const ReissueRequest* waitingRequest(const QList<ReissueRequest>& requests)
{
    const auto waiting = std::find_if(requests.cbegin(), requests.cend(),
                                      [](const ReissueRequest& r) { return r.state == u"to_approve"; });
    return waiting != requests.cend() ? &*waiting : nullptr;
}

} // namespace

ReissuePanel::ReissuePanel(OfficerSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_state(new QLabel(this)),
      m_requestButton(new QPushButton(tr("Pay &failed payments again…"), this)),
      m_approveButton(new QPushButton(tr("&Approve re-issue"), this)),
      m_rejectButton(new QPushButton(tr("Re&ject re-issue…"), this))
{
    m_state->setObjectName(QStringLiteral("reissueState"));
    m_state->setWordWrap(true);
    m_requestButton->setObjectName(QStringLiteral("reissueButton"));
    m_approveButton->setObjectName(QStringLiteral("approveReissueButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectReissueButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_requestButton);
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_rejectButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    connect(m_requestButton, &QPushButton::clicked, this, &ReissuePanel::askToRequest);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { askToDecide(true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { askToDecide(false); });
    connect(&m_session, &OfficerSession::officerChanged, this, &ReissuePanel::showState);
}

void ReissuePanel::showCycle(qint64 cycleId, qint64 reissuable, const QList<ReissueRequest>& requests)
{
    m_cycleId = cycleId;
    m_reissuable = reissuable;
    m_requests = requests;
    showState();
}

void ReissuePanel::setReading()
{
    for (QPushButton* button : {m_requestButton, m_approveButton, m_rejectButton}) {
        button->setEnabled(false);
    }
}

void ReissuePanel::showState()
{
    const ReissueRequest* waiting = waitingRequest(m_requests);
    const auto& officer = m_session.officer();
    const bool maker = officer && officer->role == OfficerRole::Maker;
    const bool checker = officer && officer->role == OfficerRole::Checker;
    m_requestButton->setEnabled(maker && m_reissuable > 0);
    m_approveButton->setEnabled(checker && waiting && waiting->requestedBy != officer->id);
    m_rejectButton->setEnabled(m_approveButton->isEnabled());
    if (waiting) {
        m_state->setText(
            tr("%1 asked on %2 to pay %3 failed payments again (%4 %5); a checker other than %1 decides.")
                .arg(waiting->requestedBy, waiting->requestedAt)
                .arg(waiting->payments)
                .arg(DisplayFormat::amount(Money(waiting->amountMinorUnits, Currency::fromCode(waiting->currency))),
                     waiting->currency));
    } else if (m_reissuable > 0) {
        m_state->setText(tr("%1 failed payments are not paid again yet: a maker may ask for it.").arg(m_reissuable));
    } else if (!m_requests.isEmpty()) {
        const ReissueRequest& last = m_requests.last();
        m_state->setText(
            tr("Last re-issue request: %1 payments, %2 by %3.").arg(last.payments).arg(last.state, last.decidedBy));
    } else {
        m_state->setText(tr("No failed payment waits to be paid again."));
    }
}

bool ReissuePanel::request()
{
    const auto& officer = m_session.officer();
    if (!officer) {
        Q_EMIT statusChanged(tr("Choose who is acting first."));
        return false;
    }
    QString error;
    const auto requestId = PaymentReissue(m_session.database()).request(m_cycleId, {}, *officer, &error);
    Q_EMIT statusChanged(requestId ? tr("Re-issue request %1 is waiting for a checker.").arg(*requestId)
                                   : tr("Cannot ask for a re-issue: %1").arg(error));
    Q_EMIT requested();
    return requestId.has_value();
}

bool ReissuePanel::decide(bool approve, const QString& note)
{
    const auto& officer = m_session.officer();
    PaymentReissue reissues(m_session.database());
    const QList<ReissueRequest> requests = reissues.requestsOf(m_cycleId);
    const ReissueRequest* waiting = waitingRequest(requests);
    if (!officer || !waiting) {
        Q_EMIT statusChanged(tr("No re-issue request of this cycle waits for a decision."));
        return false;
    }
    QString error;
    const bool decided = approve ? reissues.approve(waiting->id, *officer, &error)
                                 : reissues.reject(waiting->id, *officer, note, &error);
    if (!decided) {
        Q_EMIT statusChanged(tr("Cannot decide re-issue request %1: %2").arg(waiting->id).arg(error));
    } else {
        Q_EMIT statusChanged(
            approve ? tr("Re-issue request %1 approved: prepare the cycle's payments on the Batches page, then "
                         "send the new batch.")
                          .arg(waiting->id)
                    : tr("Re-issue request %1 rejected.").arg(waiting->id));
    }
    Q_EMIT this->decided();
    return decided;
}

void ReissuePanel::askToRequest()
{
    if (QMessageBox::question(
            this, tr("Pay failed payments again"),
            tr("Ask for the %1 failed payments of this cycle to be paid again? Each gets a new payment with a new "
               "request id once a checker approves.")
                .arg(m_reissuable),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes) {
        request();
    }
}

void ReissuePanel::askToDecide(bool approve)
{
    if (approve) {
        if (QMessageBox::question(this, tr("Approve the re-issue"),
                                  m_state->text() + u"\n\n" + tr("Approve paying them again?"),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes) {
            decide(true, QString());
        }
        return;
    }
    bool given = false;
    const QString why = QInputDialog::getText(this, tr("Reject the re-issue"), tr("Why (recorded in the audit log):"),
                                              QLineEdit::Normal, QString(), &given);
    if (given) {
        decide(false, why);
    }
}
