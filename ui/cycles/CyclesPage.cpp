#include "CyclesPage.h"

#include "CycleFindingsDialog.h"
#include "i18n/DisplayFormat.h"
#include "officers/OfficerSession.h"
#include "RegionTotalsChart.h"
#include "widgets/BackgroundJobs.h"
#include "widgets/TablePlaceholder.h"

#include "assurance/CycleDiff.h"
#include "hub/HubEndpoint.h"
#include "mapper/FinancialAddressResolver.h"
#include "mapper/PartyLookup.h"
#include "models/EntitlementTableModel.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "reconciliation/UnpaidBeneficiaries.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum CycleColumn
{
    NameColumn,
    PeriodColumn,
    StateColumn,
    CountColumn,
    TotalColumn,
    ApprovalsColumn,
    CycleColumnCount
};

// Who approved a cycle, against how many its total needs (once approved, only who).
// In the findings' worker, before they are read: the mapper asked, the payees looked up, each
// with its progress; why it could not be done, or nothing.
QString askBeforeFindings(Database& database, qint64 cycleId, const Officer& actor,
                          const std::optional<HubEndpoint>& mapper, const std::optional<HubEndpoint>& lookup,
                          const JobControl& control)
{
    if (mapper) {
        const AddressResolution asked = FinancialAddressResolver(database).resolveThrough(
            cycleId, *mapper, actor, [&control](qint64 done, qint64 total) {
                control.report(FinancialAddressResolver::progressText(done, total));
                return !control.cancelled();
            });
        if (!asked.succeeded) {
            return asked.error;
        }
    }
    if (lookup) {
        const PartyLookup::Result looked =
            PartyLookup(database).lookUp(cycleId, *lookup, actor, [&control](qint64 done, qint64 total) {
                control.report(PartyLookup::progressText(done, total));
                return !control.cancelled();
            });
        if (!looked.succeeded) {
            return looked.error;
        }
    }
    return {};
}

QString approvalsText(const std::optional<ApprovalStatus>& status, CycleState state)
{
    if (!status || (status->approvers.isEmpty() && state != CycleState::ToApprove)) {
        return {};
    }
    const QString names = status->approvers.join(QStringLiteral(", "));
    if (state != CycleState::ToApprove) {
        return names;
    }
    return CyclesPage::tr("%1 of %2%3")
        .arg(status->approvers.size())
        .arg(status->required)
        .arg(names.isEmpty() ? QString() : QStringLiteral(": ") + names);
}

QPushButton* button(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    return result;
}

} // namespace

CyclesPage::CyclesPage(OfficerSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_program(new QComboBox(this)),
      m_cycleTable(new QTableWidget(0, CycleColumnCount, this)), m_cycleName(new QLineEdit(this)),
      m_start(new QDateEdit(QDate::currentDate(), this)), m_end(new QDateEdit(QDate::currentDate().addMonths(1), this)),
      m_generateButton(button(tr("&Generate entitlements"), QStringLiteral("generateButton"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_entitlementView(new QTableView(this)),
      m_entitlements(new EntitlementTableModel(session.database(), this)), m_chart(new RegionTotalsChart(this)),
      m_jobs(new BackgroundJobs(this))
{
    setUpWidgets();

    auto* create = button(tr("&Create cycle"), QStringLiteral("createCycleButton"), this);
    auto* submit = button(tr("&Submit for approval"), QStringLiteral("submitCycleButton"), this);
    auto* approve = button(tr("&Approve"), QStringLiteral("approveCycleButton"), this);
    auto* sendBack = button(tr("&Reject (back to draft)"), QStringLiteral("sendBackCycleButton"), this);
    auto* cancel = button(tr("Ca&ncel cycle"), QStringLiteral("cancelCycleButton"), this);
    auto* findings = button(tr("&Findings…"), QStringLiteral("cycleFindingsButton"), this);
    findings->setToolTip(tr(
        "Before approval: who joined or left, amount jumps, changed or shared accounts, payments by other programs"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Program:"), this));
    top->addWidget(m_program, 1);
    auto* creation = new QHBoxLayout;
    creation->addWidget(m_cycleName, 1);
    creation->addWidget(m_start);
    creation->addWidget(m_end);
    creation->addWidget(create);
    auto* actions = new QHBoxLayout;
    for (QPushButton* each : {m_generateButton, submit, findings, approve, sendBack, cancel}) {
        actions->addWidget(each);
    }
    actions->addStretch();
    auto* lower = new QSplitter(this);
    lower->addWidget(m_entitlementView);
    lower->addWidget(m_chart);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    m_chart->setMinimumWidth(380);
    lower->setSizes({620, 420});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_cycleTable, 1);
    layout->addLayout(creation);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(lower, 2);

    connect(m_program, &QComboBox::currentIndexChanged, this, &CyclesPage::reloadCycles);
    connect(m_cycleTable, &QTableWidget::itemSelectionChanged, this, &CyclesPage::showCycle);
    connect(create, &QPushButton::clicked, this, &CyclesPage::createCycle);
    connect(m_generateButton, &QPushButton::clicked, this, &CyclesPage::generate);
    connect(submit, &QPushButton::clicked, this, [this] { act(QStringLiteral("submit")); });
    connect(approve, &QPushButton::clicked, this, [this] { act(QStringLiteral("approve")); });
    connect(sendBack, &QPushButton::clicked, this, [this] { act(QStringLiteral("send-back")); });
    connect(cancel, &QPushButton::clicked, this, [this] { act(QStringLiteral("cancel")); });
    connect(findings, &QPushButton::clicked, this, [this] { showFindings(); });
    connect(m_entitlements, &EntitlementTableModel::loaded, this, [this] {
        const Currency currency =
            m_program->currentIndex() >= 0 ? m_programs.at(m_program->currentIndex()).currency : Currency();
        m_chart->setTotals(m_entitlements->totalsByRegion(), currency.exponent(), currency.code());
    });
    reloadPrograms();
}

void CyclesPage::setUpWidgets()
{
    m_program->setObjectName(QStringLiteral("cycleProgramCombo"));
    m_program->setAccessibleName(tr("Program"));
    m_cycleTable->setObjectName(QStringLiteral("cycleTable"));
    m_cycleTable->setAccessibleName(tr("Cycles of the program"));
    new TablePlaceholder(m_cycleTable, QStringLiteral("cyclesEmptyState"),
                         tr("No cycle yet: a maker names one below and presses Create cycle (a program comes first)."));
    m_cycleTable->setHorizontalHeaderLabels(
        {tr("Cycle"), tr("Period"), tr("State"), tr("Entitlements"), tr("Total"), tr("Approvals")});
    m_cycleTable->horizontalHeader()->setStretchLastSection(true);
    m_cycleTable->verticalHeader()->setVisible(false);
    m_cycleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cycleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cycleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cycleName->setObjectName(QStringLiteral("cycleName"));
    m_cycleName->setAccessibleName(tr("New cycle's name"));
    m_cycleName->setPlaceholderText(tr("New cycle's name, e.g. 2027-01"));
    m_start->setObjectName(QStringLiteral("cycleStart"));
    m_start->setAccessibleName(tr("New cycle's first day"));
    m_end->setObjectName(QStringLiteral("cycleEnd"));
    m_end->setAccessibleName(tr("New cycle's last day"));
    for (QDateEdit* edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
    }
    m_progress->setObjectName(QStringLiteral("generateProgress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("cycleStatus"));
    m_status->setWordWrap(true);
    m_entitlementView->setObjectName(QStringLiteral("entitlementTable"));
    m_entitlementView->setAccessibleName(tr("Entitlements of the chosen cycle"));
    m_entitlementView->setModel(m_entitlements);
    m_entitlementView->verticalHeader()->setVisible(false);
    m_entitlementView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_entitlementView->verticalHeader()->setDefaultSectionSize(m_entitlementView->fontMetrics().height() + 8);
    m_entitlementView->setColumnWidth(EntitlementTableModel::NameColumn, 200);
    m_cycleTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cycleTable->setColumnWidth(PeriodColumn, 220);
    m_entitlementView->horizontalHeader()->setStretchLastSection(true);
}

bool CyclesPage::isBusy() const
{
    return m_jobs->busy();
}

void CyclesPage::reloadPrograms()
{
    const qint64 shown = m_program->currentIndex() >= 0 ? m_programs.at(m_program->currentIndex()).id : 0;
    m_programs = ProgramRepository(m_session.database()).all();
    const QSignalBlocker blocker(m_program);
    m_program->clear();
    for (const Program& program : std::as_const(m_programs)) {
        m_program->addItem(program.name, program.id);
    }
    m_program->setCurrentIndex(qMax(0, m_program->findData(shown)));
    reloadCycles();
}

// The cycle's state in words, and how many it has not paid when it says it distributed.
QString CyclesPage::stateText(CycleState state, qint64 unpaid)
{
    if (unpaid <= 0) {
        return cycleStateText(state);
    }
    return tr("%1, %2 unpaid").arg(cycleStateText(state), QLocale().toString(unpaid));
}

void CyclesPage::reloadCycles()
{
    runInBackground(QString(), [](CycleService&) { return QString(); });
}

void CyclesPage::showListing(const CycleListing& listing)
{
    const auto previous = selectedCycle();
    const int index = m_program->currentIndex();
    m_cycles = listing.cycles;
    const QLocale locale;
    const QSignalBlocker blocker(m_cycleTable);
    m_cycleTable->setRowCount(int(m_cycles.size()));
    int selectRow = -1;
    for (int row = 0; row < m_cycles.size(); ++row) {
        const Cycle& cycle = m_cycles.at(row);
        const std::optional<CycleTotals>& totals = listing.totals.at(row);
        qint64 total = 0;
        if (totals) {
            for (auto it = totals->byState.constBegin(); it != totals->byState.constEnd(); ++it) {
                total += it.key() == EntitlementState::Cancelled ? 0 : it.value().minorUnits;
            }
        }
        const Currency currency = m_programs.at(index).currency;
        const QStringList cells = {cycle.name,
                                   tr("%1 to %2").arg(DisplayFormat::date(cycle.start), DisplayFormat::date(cycle.end)),
                                   stateText(cycle.state, listing.unpaid.value(row)),
                                   locale.toString(totals ? totals->count() : 0),
                                   DisplayFormat::money(Money(total, currency)),
                                   approvalsText(listing.approvals.value(row), cycle.state)};
        for (int column = 0; column < cells.size(); ++column) {
            m_cycleTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        if (listing.unpaid.value(row) > 0) {
            m_cycleTable->item(row, 2)->setToolTip(
                tr("%1 entitled beneficiaries of this cycle were not paid. The cycle report lists who and why; "
                   "failed payments can be paid again from the Reconciliation page.")
                    .arg(locale.toString(listing.unpaid.value(row))));
        }
        if (previous && previous->id == cycle.id) {
            selectRow = row;
        }
    }
    m_cycleTable->selectRow(selectRow >= 0 ? selectRow : int(m_cycles.size()) - 1);
    showCycle();
}

std::optional<Cycle> CyclesPage::selectedCycle() const
{
    const int row = m_cycleTable->currentRow();
    if (row < 0 || row >= m_cycles.size() || m_cycleTable->selectedItems().isEmpty()) {
        return std::nullopt;
    }
    return m_cycles.at(row);
}

void CyclesPage::showCycle()
{
    const auto cycle = selectedCycle();
    m_entitlements->setCycle(cycle ? cycle->id : 0);
}

void CyclesPage::report(const QString& message)
{
    m_status->setText(message);
}

void CyclesPage::createCycle()
{
    const auto& officer = m_session.officer();
    const int index = m_program->currentIndex();
    if (!officer || index < 0) {
        report(tr("Choose a program and who is acting (top right) first."));
        return;
    }
    QString error;
    const auto cycle =
        CycleService(m_session.database())
            .create(m_programs.at(index).id, m_cycleName->text(), m_start->date(), m_end->date(), *officer, &error);
    if (!cycle) {
        report(tr("The cycle was not created: %1").arg(error));
        return;
    }
    m_cycleName->clear();
    report(tr("Cycle %1 created as a draft. Generate its entitlements next.").arg(cycle->name));
    reloadCycles();
}

void CyclesPage::runInBackground(const QString& busyText, const std::function<QString(CycleService&)>& work)
{
    if (m_jobs->busy()) {
        report(tr("Wait until the current step is done."));
        return;
    }
    const auto openDatabase = m_session.connectionForWorker();
    const qint64 programId = m_program->currentIndex() >= 0 ? m_programs.at(m_program->currentIndex()).id : 0;
    setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_working = !busyText.isEmpty();
    if (!busyText.isEmpty()) {
        report(busyText);
    }
    // Its own connection and service: a connection belongs to the thread that opened it, and the
    // window keeps answering while a million rows change.
    struct Step
    {
        QString message;
        CycleListing listing;
    };
    m_jobs->run<Step>(
        [openDatabase, work, programId](const JobControl& control) {
            Step step;
            const auto database = openDatabase(&step.message);
            if (!database) {
                return step;
            }
            CycleService service(*database);
            QObject::connect(&service, &CycleService::progressChanged, [&control](qint64 done, qint64 total) {
                control.report(QString(), int(qMin<qint64>(done, INT_MAX)), int(qMin<qint64>(total, INT_MAX)));
            });
            step.message = work(service);
            // The cycles and their totals (a scan of each cycle's entitlements) are read here too.
            step.listing.cycles = service.cyclesOf(programId);
            for (const Cycle& cycle : std::as_const(step.listing.cycles)) {
                step.listing.totals.append(service.totals(cycle.id));
                QString error;
                step.listing.approvals.append(service.approvalStatus(cycle.id, &error));
                const bool paying = cycle.state == CycleState::Distributed || cycle.state == CycleState::Ended;
                step.listing.unpaid.append(paying ? UnpaidBeneficiaries::count(*database, cycle.id, &error).value_or(0)
                                                  : 0);
            }
            return step;
        },
        [this](const Step& step) {
            m_working = false;
            m_progress->hide();
            setEnabled(true);
            if (!step.message.isEmpty()) {
                report(step.message);
            }
            showListing(step.listing);
            Q_EMIT stepFinished();
        },
        [this](const QString&, int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
}

std::optional<std::pair<Officer, Cycle>> CyclesPage::actingOnSelectedCycle()
{
    const auto& officer = m_session.officer();
    const auto cycle = selectedCycle();
    if (!officer || !cycle) {
        report(tr("Choose a cycle and who is acting first."));
        return std::nullopt;
    }
    return std::pair{*officer, *cycle};
}

void CyclesPage::generate()
{
    const auto acting = actingOnSelectedCycle();
    if (!acting) {
        return;
    }
    const Officer actor = acting->first;
    const qint64 cycleId = acting->second.id;
    runInBackground(tr("Generating entitlements…"), [actor, cycleId](CycleService& service) {
        const GenerationResult result = service.generate(cycleId, actor);
        if (!result.succeeded) {
            return tr("No entitlements were generated: %1").arg(result.error);
        }
        return tr("%1 entitlements created (%2 were there already, %3 got no amount from the rule).")
            .arg(QLocale().toString(result.created), QLocale().toString(result.alreadyThere),
                 QLocale().toString(result.noAmount));
    });
}

// A program that pays by registry id asks its mapper before the findings, so that they say who it
// cannot pay before the approval, not after; one that names a party lookup has the payment
// network asked whether it knows each payee.
void CyclesPage::endpointsToAsk(std::optional<HubEndpoint>* mapper, std::optional<HubEndpoint>* lookup) const
{
    const int programIndex = m_program->currentIndex();
    if (programIndex < 0 || programIndex >= m_programs.size()) {
        return;
    }
    const Program& program = m_programs.at(programIndex);
    const HubEndpoint endpoint = m_session.hubEndpoint(program.hubSettings);
    if (program.payeeIdType == PartyIdType::RegistryId && !endpoint.mapperUrl.isEmpty()) {
        *mapper = endpoint;
    }
    if (!endpoint.partyLookupUrl.isEmpty()) {
        *lookup = endpoint;
    }
}

bool CyclesPage::showFindings(bool acknowledge)
{
    const auto acting = actingOnSelectedCycle();
    if (!acting) {
        return false;
    }
    if (m_jobs->busy()) {
        report(tr("Wait until the current step is done."));
        return false;
    }
    const auto openDatabase = m_session.connectionForWorker();
    const Officer actor = acting->first;
    const qint64 cycleId = acting->second.id;
    std::optional<HubEndpoint> mapper;
    std::optional<HubEndpoint> lookup;
    if (!acknowledge) {
        endpointsToAsk(&mapper, &lookup);
    }
    struct Read
    {
        CycleDiffResult result;
        bool acknowledged = false;
        QString error;
    };
    report(acknowledge ? tr("Acknowledging the findings…")
                       : tr("Comparing the cycle with the program's previous one…"));
    m_working = true;
    m_jobs->run<Read>(
        [openDatabase, actor, cycleId, acknowledge, mapper, lookup](const JobControl& control) {
            Read read;
            const auto database = openDatabase(&read.error);
            if (!database) {
                return read;
            }
            read.error = askBeforeFindings(*database, cycleId, actor, mapper, lookup, control);
            if (!read.error.isEmpty()) {
                return read;
            }
            CycleDiff diff(*database);
            if (acknowledge) {
                read.acknowledged =
                    diff.acknowledge(cycleId, actor, &read.error, CycleDiff::kDefaultJumpShare, &read.result);
                return read;
            }
            read.result = diff.compare(cycleId);
            read.acknowledged =
                read.result.succeeded && diff.isAcknowledged(cycleId, read.result.fingerprint, actor.id, &read.error);
            return read;
        },
        [this, name = acting->second.name, mayAcknowledge = actor.role == OfficerRole::Checker](const Read& read) {
            m_working = false;
            if (!read.error.isEmpty() || !read.result.succeeded) {
                report(tr("No findings to show: %1").arg(read.error.isEmpty() ? read.result.error : read.error));
            } else {
                report(tr("%1 findings for cycle %2.").arg(QLocale().toString(read.result.total()), name));
                if (!m_findings) {
                    m_findings = new CycleFindingsDialog(this);
                    connect(m_findings, &CycleFindingsDialog::acknowledgeRequested, this,
                            [this] { showFindings(true); });
                }
                m_findings->show(read.result, name, read.acknowledged, mayAcknowledge);
            }
            Q_EMIT findingsShown();
        },
        [this](const QString& text, int, int) { report(text); });
    return true;
}

void CyclesPage::act(const QString& action)
{
    const auto acting = actingOnSelectedCycle();
    if (!acting) {
        return;
    }
    const Officer actor = acting->first;
    const Cycle target = acting->second;
    runInBackground(tr("Working on cycle %1…").arg(target.name), [actor, target, action](CycleService& cycles) {
        QString error;
        bool done = false;
        if (action == u"submit") {
            done = cycles.submit(target.id, actor, &error);
        } else if (action == u"approve") {
            done = cycles.approve(target.id, actor, &error);
        } else if (action == u"send-back") {
            done = cycles.sendBack(target.id, actor, &error);
        } else {
            done = cycles.cancel(target.id, actor, &error);
        }
        if (!done) {
            return tr("Refused: %1").arg(error);
        }
        const auto after = cycles.find(target.id, &error);
        if (!after) {
            return tr("Recorded, but the cycle could not be read again: %1").arg(error);
        }
        const CycleState state = after->state;
        if (action == u"approve" && state == CycleState::ToApprove) {
            const auto status = cycles.approvalStatus(target.id, &error);
            if (!status) {
                return tr("Refused: %1").arg(error);
            }
            return tr("Approval by %1 recorded (%2 of %3 checkers for %4 %5): cycle %6 waits for %7 more.")
                .arg(actor.id)
                .arg(status->approvers.size())
                .arg(status->required)
                .arg(DisplayFormat::amount(status->total), status->total.currency().code())
                .arg(target.name)
                .arg(status->missing());
        }
        return tr("Cycle %1 is now %2.").arg(target.name, cycleStateText(state));
    });
}
