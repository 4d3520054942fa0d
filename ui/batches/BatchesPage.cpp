#include "BatchesPage.h"

#include "BatchRowsView.h"
#include "BatchTable.h"
#include "UnresolvedAddressesView.h"

#include "CycleReportPdf.h"
#include "i18n/DisplayFormat.h"
#include "officers/OfficerSession.h"
#include "widgets/BackgroundJobs.h"
#include "widgets/PaidCycleCombo.h"

#include "batching/BatchRepository.h"
#include "batching/BundleExporter.h"
#include "batching/PaymentPreparer.h"
#include "batching/SigningKey.h"
#include "disbursement/BatchSender.h"
#include "disbursement/CycleSender.h"
#include "disbursement/DisbursementChannel.h"
#include "evidence/EvidencePack.h"
#include "hub/HubEndpoint.h"
#include "mapper/FinancialAddressResolver.h"
#include "privacy/IdentifierMask.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "reconciliation/CycleReport.h"
#include "signoff/BatchSignOff.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace {

constexpr int kUnresolvedListed = 1000;

// The batches a send posts (the cycle's plan as the officer confirmed it), each with its amount.
void planSend(Database& database, CycleSender::Request& request, QHash<qint64, Money>& amounts, Money& planned)
{
    for (const PaymentBatch& batch : CycleSender::plan(database, request.cycleId).toSend) {
        request.confirmed.append(batch.id);
        amounts.insert(batch.id, batch.total);
        planned = planned.plus(batch.total).value_or(planned);
    }
}

} // namespace

BatchesPage::BatchesPage(OfficerSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_cycle(new PaidCycleCombo(this)), m_batches(new BatchTable(this)),
      m_rows(new BatchRowsView(this)), m_unresolved(new UnresolvedAddressesView(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_stopButton(new QPushButton(tr("S&top"), this)), m_jobs(new BackgroundJobs(this))
{
    m_cycle->setObjectName(QStringLiteral("batchCycleCombo"));
    auto* prepareButton = new QPushButton(tr("&Prepare payments"), this);
    prepareButton->setObjectName(QStringLiteral("preparePaymentsButton"));
    auto* exportButton = new QPushButton(tr("&Export bundle…"), this);
    exportButton->setObjectName(QStringLiteral("exportBundleButton"));
    auto* sendButton = new QPushButton(tr("&Send to the hub…"), this);
    sendButton->setObjectName(QStringLiteral("sendBatchesButton"));
    sendButton->setToolTip(
        tr("Resolve uncertain batches, then send the ready ones to the program's hub (a checker's work)."));
    auto* signButton = new QPushButton(tr("Sign &off…"), this);
    signButton->setObjectName(QStringLiteral("signOffButton"));
    signButton->setToolTip(
        tr("Sign the selected batch's manifest with your own key: a maker signs it off, a checker countersigns."));
    auto* evidenceButton = new QPushButton(tr("E&vidence pack…"), this);
    evidenceButton->setObjectName(QStringLiteral("evidencePackButton"));
    evidenceButton->setToolTip(tr("Write the cycle's evidence pack for auditors into a new folder."));
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setWordWrap(true);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Cycle:"), this));
    toolbar->addWidget(m_cycle, 1);
    toolbar->addWidget(prepareButton);
    toolbar->addWidget(exportButton);
    toolbar->addWidget(signButton);
    toolbar->addWidget(sendButton);
    toolbar->addWidget(evidenceButton);
    m_splitter->addWidget(m_batches);
    m_splitter->addWidget(m_rows);
    m_splitter->addWidget(m_unresolved);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->hide();
    m_stopButton->setObjectName(QStringLiteral("stopBatchWorkButton"));
    m_stopButton->setToolTip(tr("Stop safely: a batch being posted is finished and recorded first."));
    m_stopButton->hide();
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stopButton);
    m_idleOnly = {m_cycle, prepareButton, exportButton, signButton, sendButton, evidenceButton, m_batches};
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_splitter, 1);
    connect(m_stopButton, &QPushButton::clicked, this, &BatchesPage::requestStop);

    connect(m_cycle, &QComboBox::currentIndexChanged, this, &BatchesPage::reloadBatches);
    connect(m_batches, &QTableWidget::itemSelectionChanged, this, &BatchesPage::showRows);
    connect(prepareButton, &QPushButton::clicked, this, &BatchesPage::prepare);
    connect(exportButton, &QPushButton::clicked, this, &BatchesPage::chooseExport);
    connect(sendButton, &QPushButton::clicked, this, &BatchesPage::chooseSend);
    connect(signButton, &QPushButton::clicked, this, &BatchesPage::chooseSignOff);
    connect(evidenceButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getSaveFileName(this, tr("A new folder for the evidence pack"));
        if (!folder.isEmpty()) {
            startEvidencePack(folder);
        }
    });
    reloadCycles();
}

bool BatchesPage::isBusy() const
{
    return m_jobs->busy();
}

void BatchesPage::reloadCycles()
{
    m_cycle->reload(m_session.database());
    reloadBatches();
}

void BatchesPage::readAgain()
{
    if (isBusy()) {
        return;
    }
    const int row = m_batches->currentRow();
    const qint64 chosen = row >= 0 && row < m_shown.size() ? m_shown.at(row).id : 0;
    reloadCycles();
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i).id == chosen) {
            m_batches->selectRow(i);
            break;
        }
    }
}

void BatchesPage::reloadBatches()
{
    const qint64 cycleId = m_cycle->currentData().toLongLong();
    m_shown = BatchRepository(m_session.database()).batchesOf(cycleId);
    QString error;
    const auto program = m_cycle->chosenProgram(m_session.database(), &error);
    const auto cycle = cycleId > 0 ? CycleService(m_session.database()).find(cycleId, &error) : std::nullopt;
    m_batches->showBatches(m_shown, program, cycle, BatchSignOff(m_session.database()).signersOfCycle(cycleId));
    m_rows->showNothing(); // no batch is chosen any more
}

void BatchesPage::showRows()
{
    const int row = m_batches->currentRow();
    if (row < 0 || row >= m_shown.size()) {
        return;
    }
    // A batch file is bounded by the program's batch policy: it is read at once.
    QString error;
    const auto batch = BatchRepository(m_session.database()).find(m_shown.at(row).id, &error);
    if (!batch) {
        showStatus(error);
        return;
    }
    m_rows->showFile(batch->file, IdentifierMask::appliesTo(m_session.officer()));
}

void BatchesPage::showStatus(const QString& text)
{
    m_status->setText(text);
    // Its page sits in a stack, which does not pass a height for the width on: every line is kept by hand.
    m_status->setMinimumHeight(m_status->heightForWidth(qMax(200, m_status->width())));
}

void BatchesPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    showStatus(m_status->text());
}

int BatchesPage::unresolvedShown() const
{
    return m_unresolved->shown();
}

void BatchesPage::prepare()
{
    const auto& officer = m_session.officer();
    const qint64 cycleId = m_cycle->cycleId();
    QString error;
    const auto program = m_cycle->chosenProgram(m_session.database(), &error);
    if (!officer || !program || m_jobs->busy()) {
        showStatus(error.isEmpty() ? tr("Choose an approved cycle and who is acting first.") : error);
        return;
    }
    const bool mapped = program->payeeIdType == PartyIdType::RegistryId;
    HubEndpoint endpoint = m_session.hubEndpoint(program->hubSettings);
    if (mapped && endpoint.mapperUrl.isEmpty()) {
        showStatus(program->hubSettings.isSandbox()
                       ? tr("This program asks the sandbox's mapper for addresses: start PayDesk with --sandbox.")
                       : tr("This program pays by registry id but names no ID-to-account mapper."));
        return;
    }
    const auto openDatabase = m_session.connectionForWorker();
    const Officer actor = *officer;
    struct Work
    {
        AddressResolution resolution;
        PreparationResult preparation;
        QList<AddressResolution::Unresolved> unresolved;
    };
    setBusy(true);
    showStatus(mapped ? tr("Asking the ID-to-account mapper for the beneficiaries' addresses…")
                      : tr("Preparing payments and freezing their batch files…"));
    // Its own connection: a connection belongs to the thread that opened it.
    const auto run = [openDatabase, cycleId, actor, mapped, endpoint](const JobControl& control) {
        Work work;
        QString error;
        const auto database = openDatabase(&error);
        if (!database) {
            work.preparation.error = error;
            return work;
        }
        if (mapped) {
            work.resolution = FinancialAddressResolver(*database).resolveThrough(
                cycleId, endpoint, actor, [&control](qint64 done, qint64 total) {
                    control.report(FinancialAddressResolver::progressText(done, total), int(done), int(total));
                    return !control.cancelled();
                });
            if (!work.resolution.succeeded) {
                work.preparation.error = work.resolution.error;
                return work;
            }
        }
        work.preparation = PaymentPreparer(*database).prepare(cycleId, actor);
        if (mapped) {
            work.unresolved = FinancialAddressResolver(*database).unresolved(cycleId, kUnresolvedListed, &error);
        }
        return work;
    };
    const auto show = [this, mapped](const Work& work) {
        setBusy(false);
        QString text = work.preparation.succeeded ? PaymentPreparer::summary(work.preparation)
                                                  : tr("No payments were prepared: %1").arg(work.preparation.error);
        if (mapped && work.resolution.succeeded) {
            text = tr("The mapper was asked for %1 addresses: %2 resolved, %3 unresolved (%4 known already). %5")
                       .arg(work.resolution.asked)
                       .arg(work.resolution.resolved)
                       .arg(work.resolution.unresolved)
                       .arg(work.resolution.alreadyKnown)
                       .arg(text);
        }
        showStatus(text);
        m_unresolved->showUnresolved(work.unresolved);
        if (!work.unresolved.isEmpty()) {
            const int height = m_splitter->height();
            m_splitter->setSizes({height * 2 / 5, height / 5, height * 2 / 5});
        }
        reloadBatches();
        Q_EMIT prepared();
    };
    m_jobs->run<Work>(run, show, [this](const QString& text, int done, int total) { showProgress(text, done, total); });
}

QString BatchesPage::exportSelected(const QString& folder, const QString& keyPath, bool handCarry)
{
    const int row = m_batches->currentRow();
    if (row < 0 || row >= m_shown.size()) {
        showStatus(tr("Choose a batch first."));
        return {};
    }
    QString error;
    std::unique_ptr<SigningKey> key;
    if (!keyPath.isEmpty() && !(key = m_session.secrets().openKey(this, keyPath, &error))) {
        showStatus(tr("The bundle was not exported: %1").arg(error));
        return {};
    }
    const bool wasReady = m_shown.at(row).state == BatchState::Ready;
    const QString base =
        BundleExporter::exportBatch(m_session.database(), m_shown.at(row).id, folder, key.get(),
                                    handCarry ? BundleExporter::Purpose::HandCarry : BundleExporter::Purpose::Review,
                                    m_session.officer() ? m_session.officer()->id : QString(), &error);
    QString status = base.isEmpty()
                         ? tr("The bundle was not exported: %1").arg(error)
                         : tr("Exported to %1 (.csv, .manifest.json%2).")
                               .arg(QDir::toNativeSeparators(base), key ? QStringLiteral(", .signature") : QString());
    if (!base.isEmpty() && handCarry && wasReady) {
        status += u' ' + tr("The batch is now handed over: PayDesk will not send it unless you confirm it was not "
                            "uploaded elsewhere.");
    }
    showStatus(status);
    reloadBatches();
    return base;
}

bool BatchesPage::signOffSelected()
{
    const int row = m_batches->currentRow();
    const auto& officer = m_session.officer();
    if (row < 0 || row >= m_shown.size() || !officer) {
        showStatus(tr("Choose a batch and who is acting first."));
        return false;
    }
    QString error;
    BatchSignOff signOff(m_session.database());
    const qint64 batchId = m_shown.at(row).id;
    if (!signOff.sign(batchId, *officer, &error)) {
        showStatus(tr("Batch %1 was not signed: %2").arg(batchId).arg(error));
        return false;
    }
    showStatus(tr("Batch %1: %2.").arg(batchId).arg(signOff.check(batchId).detail));
    reloadBatches();
    m_batches->selectRow(row);
    return true;
}

void BatchesPage::chooseSignOff()
{
    signOffSelected();
}

bool BatchesPage::startEvidencePack(const QString& folder)
{
    const auto& officer = m_session.officer();
    const qint64 cycleId = m_cycle->currentData().toLongLong();
    if (!officer || cycleId <= 0 || m_jobs->busy()) {
        showStatus(tr("Choose a cycle and who is acting first."));
        return false;
    }
    const auto openDatabase = m_session.connectionForWorker();
    const QString officerId = officer->id;
    struct Written
    {
        std::optional<CycleReport> report; // for the PDF, drawn on the GUI thread
        QString error;
    };
    setBusy(true);
    showStatus(tr("Writing the evidence pack of the cycle…"));
    // Its own connection: a connection belongs to the thread that opened it.
    m_jobs->run<Written>(
        [openDatabase, cycleId, folder, officerId](const JobControl&) {
            Written written;
            const auto database = openDatabase(&written.error);
            if (database && EvidencePack::write(*database, cycleId, 0, folder, officerId, &written.error)) {
                written.report = CycleReport::of(*database, cycleId, officerId, &written.error);
            }
            return written;
        },
        [this, folder](const Written& result) {
            setBusy(false);
            // The PDF is drawn here, where fonts live; then the index seals every file.
            QString error = result.error;
            const bool written =
                result.report &&
                CycleReportPdf::write(*result.report, QDir(folder).filePath(QStringLiteral("report.pdf")), &error) &&
                EvidencePack::seal(folder, &error);
            showStatus(written ? tr("Evidence pack written to %1; an auditor checks it on the File review page.")
                                     .arg(QDir::toNativeSeparators(folder))
                               : tr("The evidence pack was not written: %1").arg(error));
            Q_EMIT evidenceWritten(written);
        });
    return true;
}

void BatchesPage::chooseExport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the batch into"));
    if (folder.isEmpty()) {
        return;
    }
    const QString key = QFileDialog::getOpenFileName(this, tr("The tenant's private key, to sign (cancel: unsigned)"),
                                                     QString(), tr("PEM keys (*.pem);;All files (*)"));
    const auto purpose = QMessageBox::question(
        this, tr("Export the batch"),
        tr("Will this bundle be uploaded to the hub by hand?\n\nYes: the batch is handed over, and PayDesk will not "
           "send it "
           "unless an officer confirms it was not uploaded elsewhere. No: the bundle is for review only."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (purpose == QMessageBox::Cancel) {
        return;
    }
    exportSelected(folder, key, purpose == QMessageBox::Yes);
}

QString BatchesPage::sendSummary() const
{
    return CycleSender::plan(m_session.database(), m_cycle->currentData().toLongLong()).summary();
}

void BatchesPage::requestStop()
{
    if (m_stop) {
        m_stop->store(true);
        showStatus(tr("Stopping: the batch being posted is finished and recorded, nothing more is sent…"));
    } else if (m_jobs->busy()) {
        m_jobs->cancelAll(); // the mapper's questions stop between two requests
        showStatus(tr("Stopping at the next safe point…"));
    }
}

void BatchesPage::setBusy(bool busy)
{
    for (QWidget* widget : std::as_const(m_idleOnly)) {
        widget->setEnabled(!busy);
    }
    if (busy) {
        m_progress->setRange(0, 0); // moving until a step says how far it is
    }
    m_progress->setVisible(busy);
    m_stopButton->setVisible(busy);
}

void BatchesPage::showProgress(const QString& text, int done, int total)
{
    showStatus(text);
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
}

// Where the program's batches go, its password asked for now in the window; nothing, with why
// shown, when the program names no hub or the password was not given.
std::optional<HubEndpoint> BatchesPage::sendEndpoint(const Program& program)
{
    HubEndpoint endpoint = m_session.hubEndpoint(program.hubSettings);
    if (!DisbursementChannel::isComplete(program, endpoint)) {
        showStatus(program.hubSettings.isSandbox()
                       ? tr("This program pays through the sandbox hub: start PayDesk with --sandbox.")
                       : tr("This program names no hub: set the addresses of its payment backend."));
        return std::nullopt;
    }
    if (!m_session.secrets().completeEndpoint(this, &endpoint)) {
        showStatus(tr("Nothing was sent: the operations app's password was not given."));
        return std::nullopt;
    }
    return endpoint;
}

bool BatchesPage::startSending(const QString& keyPath, const QSet<qint64>& repostConfirmed, bool resolveOnly)
{
    const auto& officer = m_session.officer();
    const qint64 cycleId = m_cycle->cycleId();
    QString error;
    const auto program = m_cycle->chosenProgram(m_session.database(), &error);
    if (!officer || !program || m_jobs->busy()) {
        showStatus(error.isEmpty() ? tr("Choose a cycle and who is acting first.") : error);
        return false;
    }
    const auto endpoint = sendEndpoint(*program);
    // The key is asked for here, in the window, before the worker starts.
    QString keyError;
    std::shared_ptr<SigningKey> key;
    if (endpoint && !keyPath.isEmpty() && !(key = m_session.secrets().openKey(this, keyPath, &keyError))) {
        showStatus(tr("Nothing was sent: %1").arg(keyError));
        return false;
    }
    if (!endpoint) {
        return false;
    }
    const auto openDatabase = m_session.connectionForWorker();
    const Officer actor = *officer;
    // Only what the officer saw and confirmed leaves: the batches the confirmation named.
    CycleSender::Request request;
    request.cycleId = cycleId;
    request.resolveOnly = resolveOnly;
    QHash<qint64, Money> amounts; // what each batch to send carries, for the progress
    Money planned(0, program->currency);
    if (!resolveOnly) {
        planSend(m_session.database(), request, amounts, planned);
    }
    m_keyPath = keyPath;
    m_resolveOnly = resolveOnly;
    m_outcomes.clear();
    m_stop = std::make_shared<std::atomic_bool>(false);
    setBusy(true);
    showStatus(resolveOnly ? tr("Looking up the uncertain batches on the hub…") : tr("Sending…"));
    // The outcomes come back whole at the end, each told as it happens. A page that goes away while
    // sending stops the send as an officer's Stop does: after the batch being posted is recorded.
    const auto send = [openDatabase, request, actor, endpoint = *endpoint, key, repostConfirmed, stop = m_stop, amounts,
                       planned, program = *program](const JobControl& control) {
        QList<SendOutcome> outcomes;
        QString error;
        const auto database = openDatabase(&error);
        if (!database) {
            SendOutcome failed;
            failed.message = error;
            return QList<SendOutcome>{failed};
        }
        const auto channel = DisbursementChannel::forProgram(program, endpoint, key.get());
        BatchSender::Options options;
        options.repostConfirmed = repostConfirmed;
        CycleSender sender(*database, *channel, options);
        Money sent(0, planned.currency());
        sender.run(
            request, actor,
            [&outcomes, &control, &stop, &sent, &amounts, &planned](const SendOutcome& outcome, int done, int total) {
                outcomes.append(outcome);
                if (outcome.state == BatchState::Sent && amounts.contains(outcome.batchId)) {
                    sent = sent.plus(amounts.value(outcome.batchId)).value_or(sent);
                }
                if (total > 0) {
                    const QLocale locale;
                    control.report(tr("Batch %1 of %2: %3 %4 of %5 sent so far.")
                                       .arg(locale.toString(done), locale.toString(total), outcome.message,
                                            DisplayFormat::money(sent), DisplayFormat::money(planned)),
                                   done, total);
                }
                if (control.cancelled()) {
                    stop->store(true);
                }
            },
            stop.get());
        return outcomes;
    };
    m_jobs->run<QList<SendOutcome>>(
        send, [this](const QList<SendOutcome>& outcomes) { showSendOutcomes(outcomes); },
        [this](const QString& text, int done, int total) { showProgress(text, done, total); });
    return true;
}

void BatchesPage::showSendOutcomes(const QList<SendOutcome>& outcomes)
{
    m_outcomes = outcomes;
    const bool offer = !(m_stop && m_stop->load()) && !m_resolveOnly;
    m_stop.reset();
    setBusy(false);
    reloadBatches();
    int sent = 0;
    int uncertain = 0;
    int refused = 0;
    for (const SendOutcome& outcome : std::as_const(m_outcomes)) {
        sent += outcome.state == BatchState::Sent ? 1 : 0;
        uncertain += outcome.uncertain() ? 1 : 0;
        refused += outcome.state == BatchState::Rejected ? 1 : 0;
    }
    const bool anyBatch = std::any_of(m_outcomes.cbegin(), m_outcomes.cend(),
                                      [](const SendOutcome& outcome) { return outcome.batchId != 0; });
    if (!m_outcomes.isEmpty() && !anyBatch) {
        showStatus(tr("Nothing was sent: %1").arg(m_outcomes.last().message));
    } else {
        showStatus(tr("%1 sent, %2 uncertain, %3 refused.").arg(sent).arg(uncertain).arg(refused) +
                   (m_outcomes.isEmpty() ? QString() : u' ' + m_outcomes.last().message));
    }
    Q_EMIT sendFinished();
    if (offer) {
        offerReposts();
    }
}

bool BatchesPage::resolveUncertainOnStart()
{
    const QList<PaymentBatch> uncertain = BatchRepository(m_session.database()).inState(BatchState::Sending);
    if (uncertain.isEmpty()) {
        return false;
    }
    const qint64 cycleId = uncertain.first().cycleId;
    const auto ofThatCycle = std::count_if(uncertain.cbegin(), uncertain.cend(),
                                           [cycleId](const PaymentBatch& batch) { return batch.cycleId == cycleId; });
    const int at = m_cycle->findData(cycleId);
    if (at >= 0) {
        m_cycle->setCurrentIndex(at);
    }
    const auto& officer = m_session.officer();
    if (officer && officer->role == OfficerRole::Checker) {
        startSending(QString(), {}, true); // looks up only; when it cannot start, it says why
        return true;
    }
    showStatus(tr("%n batch(es) of this cycle are uncertain: a checker must resolve them (Send to the hub) before "
                  "anything else is sent.",
                  nullptr, int(ofThatCycle)));
    return true;
}

void BatchesPage::chooseSend()
{
    const auto& officer = m_session.officer();
    if (!officer || officer->role != OfficerRole::Checker) {
        showStatus(tr("Sending money is a checker's work: act as a checker (top right)."));
        return;
    }
    const CycleSender::Plan plan = CycleSender::plan(m_session.database(), m_cycle->cycleId());
    if (plan.toSend.isEmpty() && plan.uncertain.isEmpty()) {
        showStatus(tr("Nothing to send: no batch of this cycle is ready or uncertain.")); // no key asked for
        return;
    }
    // Payment Hub EE uploads are signed with the tenant's RSA key; G2P Connect requests with the
    // program's Ed25519 key when it has a signing key id, else not at all.
    QString error;
    const auto program = m_cycle->chosenProgram(m_session.database(), &error);
    const bool hub = !program || program->backend == PaymentBackend::PaymentHubEe;
    const bool signs = hub || !program->hubSettings.signingKeyId.isEmpty();
    QString key;
    if (signs) {
        key = QFileDialog::getOpenFileName(
            this,
            hub ? tr("The tenant's private key, to sign (X-SIGNATURE)")
                : tr("The program's Ed25519 private key, to sign its G2P Connect requests"),
            QString(), tr("PEM keys (*.pem);;All files (*)"));
        if (key.isEmpty()) {
            return;
        }
    }
    const auto answer = QMessageBox::question(
        this, hub ? tr("Send to Payment Hub EE") : tr("Send through G2P Connect"),
        tr("Send to the hub now? %1\n\nOnce sent, payments cannot be called back.").arg(plan.summary()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    startSending(key, {});
}

void BatchesPage::offerReposts()
{
    QSet<qint64> confirmed;
    for (const SendOutcome& outcome : std::as_const(m_outcomes)) {
        if (!outcome.mayRepost || !isVisible()) {
            continue;
        }
        const auto answer = QMessageBox::warning(this, tr("Post batch %1 again?").arg(outcome.batchId),
                                                 tr("Batch %1 was posted but the hub does not show it, although its "
                                                    "grace period is over: %2.\n\nPost it again only "
                                                    "if you are sure it was not uploaded in any other way. It is "
                                                    "posted with the same correlation id and the same "
                                                    "file.")
                                                     .arg(outcome.batchId)
                                                     .arg(outcome.evidence),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            confirmed.insert(outcome.batchId);
        }
    }
    if (!confirmed.isEmpty()) {
        startSending(m_keyPath, confirmed, true);
    }
}
