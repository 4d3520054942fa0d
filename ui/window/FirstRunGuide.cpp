#include "FirstRunGuide.h"

#include "settings/LocalSettings.h"
#include "setup/SetupProgress.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Rows of the main window's navigation list.
constexpr int kRegistryRow = 0;
constexpr int kProgramsRow = 1;
constexpr int kCyclesRow = 2;
constexpr int kBatchesRow = 3;
constexpr int kOfficersRow = 7;

} // namespace

FirstRunGuide::FirstRunGuide(Database& database, QWidget* parent)
    : QDialog(parent), m_database(database), m_steps(new QGridLayout),
      m_atStart(new QCheckBox(tr("&Show this guide at start until a program exists"), this))
{
    setWindowTitle(tr("Getting started"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("From an empty database to a first payment. Each step is marked once it is done."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(m_steps);
    layout->addStretch(1);
    m_atStart->setObjectName(QStringLiteral("guideAtStart"));
    m_atStart->setChecked(LocalSettings().guideAtStart());
    connect(m_atStart, &QCheckBox::toggled, this, [](bool on) { LocalSettings().setGuideAtStart(on); });
    layout->addWidget(m_atStart);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumSize(640, 380);
    refresh();
}

bool FirstRunGuide::wantedAtStart(Database& database)
{
    QString error;
    const auto progress = SetupProgress::of(database, &error);
    return LocalSettings().guideAtStart() && progress && progress->programs == 0;
}

void FirstRunGuide::refresh()
{
    while (QLayoutItem* item = m_steps->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QString error;
    const auto progress = SetupProgress::of(m_database, &error);
    if (!progress) {
        m_steps->addWidget(new QLabel(error, this), 0, 0);
        return;
    }
    struct Step
    {
        bool done;
        QString text;
        QString button; // empty: done outside the window
        int row;
        QString name;
    };
    const QList<Step> steps = {
        {progress->administered,
         tr("Administrator: their key and the anchor certificate that certifies every officer's key (at the first "
            "sign-in: Set up the administrator)."),
         QString(), -1, QStringLiteral("guideAdministrator")},
        {progress->officersReady(),
         tr("Officers: at least one maker and one checker (now %1 and %2). Each makes their key at the sign-in (Make "
            "my key…); the administrator adds them and certifies the request on the Officers page.")
             .arg(progress->makers)
             .arg(progress->checkers),
         tr("Go to &Officers"), kOfficersRow, QStringLiteral("guideOfficers")},
        {progress->beneficiaries > 0,
         tr("Registry: import the beneficiaries from a CSV file (now %1).").arg(progress->beneficiaries),
         tr("&Import registry…"), kRegistryRow, QStringLiteral("guideRegistry")},
        {progress->programs > 0,
         tr("Program: its amount, who is eligible, the payer account and the payment hub; then enrol the registry."),
         tr("Go to &Programs"), kProgramsRow, QStringLiteral("guideProgram")},
        {progress->cycles > 0, tr("Cycle: a maker creates it and generates the entitlements; a checker approves it."),
         tr("Go to &Cycles"), kCyclesRow, QStringLiteral("guideCycle")},
        {progress->sentBatches > 0, tr("Payment: a maker prepares the batches; a checker sends them to the hub."),
         tr("Go to &Batches"), kBatchesRow, QStringLiteral("guidePayment")},
    };
    for (int index = 0; index < steps.size(); ++index) {
        const Step& step = steps.at(index);
        auto* mark = new QLabel(step.done ? QStringLiteral("✓") : QStringLiteral("%1.").arg(index + 1), this);
        mark->setObjectName(step.name + QStringLiteral("Mark"));
        mark->setAccessibleName(step.done ? tr("done") : tr("step %1, to do").arg(index + 1));
        auto* text = new QLabel(step.text, this);
        text->setObjectName(step.name);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_steps->addWidget(mark, index, 0, Qt::AlignTop);
        m_steps->addWidget(text, index, 1);
        if (!step.button.isEmpty()) {
            auto* button = new QPushButton(step.button, this);
            button->setObjectName(step.name + QStringLiteral("Button"));
            const int row = step.row;
            connect(button, &QPushButton::clicked, this, [this, row] {
                Q_EMIT pageWanted(row);
                if (row == kRegistryRow) {
                    Q_EMIT importWanted();
                }
                accept();
            });
            m_steps->addWidget(button, index, 2, Qt::AlignTop);
        }
    }
    m_steps->setColumnStretch(1, 1);
}
