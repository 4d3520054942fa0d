#include "Application.h"

#include "MainWindow.h"

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QMessageBox>

Application::Application() = default;

Application::~Application()
{
    m_window.reset(); // the window's models use the database
}

bool Application::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("PayDesk: beneficiary registry and payments for cash-transfer programs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"), tr("SQLite file or postgresql:// URL."),
                                      QStringLiteral("PATH|URL"), Database::defaultLocation());
    parser.addOption(database);
    parser.process(arguments);

    QString error;
    m_database = Database::open(parser.value(database), &error);
    if (!m_database) {
        QMessageBox::critical(nullptr, tr("PayDesk"), tr("PayDesk cannot open its database.\n\n%1").arg(error));
        return false;
    }
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->show();
    return true;
}
